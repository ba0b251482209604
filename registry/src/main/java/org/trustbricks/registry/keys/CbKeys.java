package org.trustbricks.registry.keys;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One EC P-256 signing key per certification body, generated on first need, sealed with the key-encryption key
 * and published only as a self-signed X.509 certificate. Private keys never leave this class.
 */
public final class CbKeys {

    private final Jdbi jdbi;
    private final KeyEncryptionKey kek;

    private CbKeys(Jdbi jdbi, KeyEncryptionKey kek) {
        this.jdbi = jdbi;
        this.kek = kek;
    }

    /** Keys stored through the given Jdbi, sealed with the given key. */
    public static CbKeys using(Jdbi jdbi, KeyEncryptionKey kek) {
        return new CbKeys(jdbi, kek);
    }

    /** The CB's signer, creating its key on first use (safe when two instances race: one insert wins). */
    public CbSigner signer(Handle h, long cbId, String cbName) {
        Optional<Row> row = load(h, cbId);
        if (row.isEmpty()) {
            Generated g = generate(cbId, cbName);
            h.createUpdate("""
                    insert into cb_key (cb_id, key_id, certificate_pem, sealed_key) values (:cb, :kid, :pem, :sealed)
                    on conflict (cb_id) do nothing""")
                    .bind("cb", cbId).bind("kid", g.keyId()).bind("pem", g.pem()).bind("sealed", g.sealed()).execute();
            row = load(h, cbId);
        }
        Row r = row.orElseThrow();
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(kek.open(r.sealed(), context(cbId))));
            return new CbSigner(r.keyId(), Pem.certificate(r.pem()), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored CB key is not an EC key", e);
        }
    }

    /** Creates the CB's key now if it has none. */
    public void ensure(long cbId, String cbName) {
        jdbi.useTransaction(h -> signer(h, cbId, cbName));
    }

    /** Every published CB certificate (PEM), by body. */
    public List<PublishedCbCertificate> published() {
        return published(jdbi);
    }

    /** Every published CB certificate (PEM), by body; needs no key-encryption key. */
    public static List<PublishedCbCertificate> published(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                select k.cb_id, o.name, k.key_id, k.certificate_pem, k.created_at from cb_key k join organisation o on o.id = k.cb_id order by o.name""")
                .map((rs, ctx) -> new PublishedCbCertificate(rs.getLong("cb_id"), rs.getString("name"), rs.getString("key_id"),
                        rs.getString("certificate_pem"))).list());
    }

    private static Optional<Row> load(Handle h, long cbId) {
        return h.createQuery("select key_id, certificate_pem, sealed_key from cb_key where cb_id = :cb").bind("cb", cbId)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3))).findOne();
    }

    private Generated generate(long cbId, String cbName) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
            kpg.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = kpg.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cbName + " certificate signing")
                    .addRDN(BCStyle.O, cbName).build();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            byte[] serial = new byte[16];
            new java.security.SecureRandom().nextBytes(serial);
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(1, serial), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)), name, kp.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(pem)) {
                w.writeObject(cert);
            }
            String keyId = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(kp.getPublic().getEncoded()), 0, 8);
            return new Generated(keyId, pem.toString(), kek.seal(kp.getPrivate().getEncoded(), context(cbId)));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | java.io.IOException e) {
            throw new IllegalStateException("could not generate a CB signing key", e);
        }
    }

    private static String context(long cbId) {
        return "trustbricks cb signing key " + cbId;
    }

    private record Row(String keyId, String pem, byte[] sealed) {
    }

    private record Generated(String keyId, String pem, byte[] sealed) {
    }
}
