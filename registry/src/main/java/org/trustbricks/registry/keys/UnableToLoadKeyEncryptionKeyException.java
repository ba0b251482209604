package org.trustbricks.registry.keys;

/** The key-encryption key is missing, malformed, or not the one the stored CB keys were sealed with. */
public final class UnableToLoadKeyEncryptionKeyException extends RuntimeException {

    private UnableToLoadKeyEncryptionKeyException(String message) {
        super(message, null, false, false);
    }

    /** With the reason. */
    public static UnableToLoadKeyEncryptionKeyException because(String reason) {
        return new UnableToLoadKeyEncryptionKeyException(reason);
    }
}
