package org.trustbricks.registry.onboarding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Trust anchors for MUD file signatures: those given at start-up, those administrators configure (MUD manager trust
 * anchors), plus the CA of every manufacturer whose MUD files this platform hosts and signs.
 */
final class MudTrust {

    private final Jdbi jdbi;
    private final List<X509Certificate> configured;

    MudTrust(Jdbi jdbi, List<X509Certificate> configured) {
        this.jdbi = jdbi;
        this.configured = List.copyOf(configured);
    }

    List<X509Certificate> anchors() {
        List<X509Certificate> out = new ArrayList<>(configured);
        out.addAll(org.trustbricks.registry.mudmanager.TrustAnchors.using(jdbi).certificates());
        for (String pem : jdbi.withHandle(h -> h.createQuery("select trust_anchor_pem from mud_signer").mapTo(String.class).list())) {
            out.addAll(parse(pem));
        }
        return out;
    }

    /** Every certificate in a PEM text (unreadable text gives none). */
    static List<X509Certificate> parse(String pem) {
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                out.add((X509Certificate) c);
            }
        } catch (CertificateException | RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
