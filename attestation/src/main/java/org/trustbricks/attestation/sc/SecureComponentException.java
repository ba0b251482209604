package org.trustbricks.attestation.sc;

/** A secure component could not do what was asked (no such key, token error, integrity failure); the message says why. */
public final class SecureComponentException extends Exception {

    private SecureComponentException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** An exception with a message. */
    public static SecureComponentException because(String message) {
        return new SecureComponentException(message, null);
    }

    /** An exception wrapping a provider failure. */
    public static SecureComponentException because(String message, Throwable cause) {
        return new SecureComponentException(message + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }
}
