package org.trustbricks.registry.mudmanager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.registry.audit.AuditLog;

/** The manufacturer trust anchors administrators configure for verifying MUD file signatures. */
public final class TrustAnchors {

    /** Most anchors one upload may add. */
    public static final int MAX_PER_UPLOAD = 20;

    private final Jdbi jdbi;

    private TrustAnchors(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Anchors stored through the given Jdbi. */
    public static TrustAnchors using(Jdbi jdbi) {
        return new TrustAnchors(jdbi);
    }

    /** Every configured anchor, newest first. */
    public List<TrustAnchor> list() {
        return jdbi.withHandle(h -> h.createQuery("""
                select id, fingerprint, subject, not_after, pem, added_by, added_at from mud_trust_anchor order by id desc""")
                .map((rs, c) -> new TrustAnchor(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("subject"),
                        rs.getTimestamp("not_after").toInstant(), rs.getString("pem"), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list());
    }

    /** The configured anchors as certificates (an unreadable stored row is skipped). */
    public List<X509Certificate> certificates() {
        List<X509Certificate> out = new ArrayList<>();
        for (TrustAnchor a : list()) {
            try {
                out.addAll(Pem.certificates(a.pem().getBytes(StandardCharsets.US_ASCII)));
            } catch (MalformedInputException e) {
                continue;
            }
        }
        return out;
    }

    /**
     * Adds every certificate of a PEM text; certificates already configured are kept once.
     *
     * @return the anchors the text contained, as stored
     * @throws MalformedInputException when the text holds no readable certificate, or too many
     */
    public List<TrustAnchor> add(String pemText, String actor) throws MalformedInputException {
        List<X509Certificate> certs = Pem.certificates(pemText.getBytes(StandardCharsets.US_ASCII));
        if (certs.isEmpty()) {
            throw new MalformedInputException("the text holds no PEM certificate", "/pem", null);
        }
        if (certs.size() > MAX_PER_UPLOAD) {
            throw new MalformedInputException("at most " + MAX_PER_UPLOAD + " certificates per upload", "/pem", null);
        }
        List<String> fingerprints = new ArrayList<>();
        jdbi.useTransaction(h -> {
            for (X509Certificate c : certs) {
                String fp = fingerprint(c);
                fingerprints.add(fp);
                int added = h.createUpdate("""
                        insert into mud_trust_anchor (fingerprint, subject, not_after, pem, added_by)
                        values (:fp, :subject, :notAfter, :pem, :by) on conflict (fingerprint) do nothing""")
                        .bind("fp", fp).bind("subject", c.getSubjectX500Principal().getName())
                        .bind("notAfter", new Timestamp(c.getNotAfter().getTime()))
                        .bind("pem", Pem.certificates(List.of(c))).bind("by", actor).execute();
                if (added == 1) {
                    AuditLog.append(h, actor, "mud-manager.trust-anchor.add", "trust-anchor/" + fp,
                            c.getSubjectX500Principal().getName());
                }
            }
        });
        return list().stream().filter(a -> fingerprints.contains(a.fingerprint())).toList();
    }

    /** Removes an anchor; false when there was none with that id. */
    public boolean remove(long id, String actor) {
        return jdbi.inTransaction(h -> {
            var gone = h.createQuery("delete from mud_trust_anchor where id = :id returning fingerprint, subject")
                    .bind("id", id).map((rs, c) -> rs.getString(1) + " " + rs.getString(2)).findOne();
            gone.ifPresent(g -> AuditLog.append(h, actor, "mud-manager.trust-anchor.remove",
                    "trust-anchor/" + g.substring(0, g.indexOf(' ')), g.substring(g.indexOf(' ') + 1)));
            return gone.isPresent();
        });
    }

    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate that was just parsed", e);
        }
    }
}
