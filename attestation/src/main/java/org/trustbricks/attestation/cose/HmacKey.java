package org.trustbricks.attestation.cose;

import java.security.MessageDigest;

/** A symmetric key for COSE_Mac0 (HMAC). */
public final class HmacKey implements VerificationKey {

    private final byte[] secret;

    private HmacKey(byte[] secret) {
        this.secret = secret.clone();
    }

    /** A key from raw bytes; at least 16 bytes. */
    public static HmacKey of(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("an HMAC key needs at least 16 bytes");
        }
        return new HmacKey(secret);
    }

    byte[] secret() {
        return secret.clone();
    }

    /** Constant-time comparison with another key. */
    public boolean sameAs(HmacKey other) {
        return MessageDigest.isEqual(secret, other.secret);
    }

    @Override
    public String describe() {
        return "HMAC key of " + secret.length + " bytes";
    }
}
