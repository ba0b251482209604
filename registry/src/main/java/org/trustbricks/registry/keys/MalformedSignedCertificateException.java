package org.trustbricks.registry.keys;

/** A signed certificate file or a CB certificate that cannot be read. */
public final class MalformedSignedCertificateException extends RuntimeException {

    private MalformedSignedCertificateException(String message) {
        super(message, null, false, false);
    }

    /** With what is wrong. */
    public static MalformedSignedCertificateException because(String reason) {
        return new MalformedSignedCertificateException(reason);
    }
}
