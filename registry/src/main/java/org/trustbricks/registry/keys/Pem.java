package org.trustbricks.registry.keys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Reads X.509 certificates from PEM or DER bytes, treating any parser failure as malformed input. */
public final class Pem {

    private Pem() {
    }

    /** One certificate from PEM text or DER bytes. */
    public static X509Certificate certificate(String pem) {
        return certificate(pem.getBytes(StandardCharsets.US_ASCII));
    }

    /** One certificate from PEM or DER bytes; throws {@link MalformedSignedCertificateException}. */
    public static X509Certificate certificate(byte[] bytes) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | RuntimeException e) {
            throw MalformedSignedCertificateException.because("not an X.509 certificate in PEM or DER");
        }
    }
}
