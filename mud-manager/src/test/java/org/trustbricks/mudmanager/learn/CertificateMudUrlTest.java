package org.trustbricks.mudmanager.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.Finding;

class CertificateMudUrlTest {

    static final String URL = "https://things.example.com/mud/bulb-2000.json";

    static byte[] idevid(String subject, org.bouncycastle.asn1.ASN1Encodable url, X500Name signer) throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name("CN=Example IDevID CA"),
                BigInteger.TEN, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                new X500Name(subject), kp.getPublic());
        if (url != null) {
            b.addExtension(new ASN1ObjectIdentifier(CertificateMudUrl.MUD_URL_OID), false, url);
        }
        if (signer != null) {
            b.addExtension(new ASN1ObjectIdentifier(CertificateMudUrl.MUD_SIGNER_OID), false, signer);
        }
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())).getEncoded();
    }

    @Test
    void reads_the_mud_url_and_signer_extensions_of_an_idevid() throws Exception {
        byte[] der = idevid("CN=bulb,SERIALNUMBER=02:11:22:33:44:55", new DERIA5String(URL),
                new X500Name("CN=Example MUD Signer,O=Example Inc"));
        Learned l = CertificateMudUrl.fromCertificate(der);
        assertThat(l.usable()).hasValueSatisfying(b -> {
            assertThat(b.mudUrl()).isEqualTo(URL);
            assertThat(b.signer()).isEqualTo("O=Example Inc,CN=Example MUD Signer");
            assertThat(b.mac()).isEqualTo("02:11:22:33:44:55");
            assertThat(b.source()).isEqualTo(MudUrlSource.CERTIFICATE);
        });
    }

    @Test
    void reports_a_mud_url_extension_of_the_wrong_asn1_type() throws Exception {
        Learned l = CertificateMudUrl.fromCertificate(idevid("CN=bulb", new DERUTF8String(URL), null));
        assertThat(l.binding()).isNull();
        assertThat(l.findings()).extracting(Finding::code).containsExactly("CERT-MUD-EXTENSION-MALFORMED");
    }

    @Test
    void reports_garbage_instead_of_a_certificate() {
        Learned l = CertificateMudUrl.fromCertificate(new byte[] {0x30, 0x03, 1, 2, 3});
        assertThat(l.findings()).extracting(Finding::code).containsExactly("CERT-MALFORMED");
    }

    @Test
    void reads_a_certificate_whose_extension_openssl_wrote(@TempDir Path dir) throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        assumeTrue(Files.isExecutable(openssl), "openssl is not installed");
        Process p = new ProcessBuilder(openssl.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", dir.resolve("k.pem").toString(), "-out",
                dir.resolve("c.pem").toString(), "-subj", "/CN=bulb", "-days", "1", "-addext",
                CertificateMudUrl.MUD_URL_OID + "=ASN1:IA5STRING:" + URL).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "openssl could not make a certificate");
        Learned l = CertificateMudUrl.fromCertificate(Files.readAllBytes(dir.resolve("c.pem")));
        assertThat(l.usable()).hasValueSatisfying(b -> assertThat(b.mudUrl()).isEqualTo(URL));
    }
}
