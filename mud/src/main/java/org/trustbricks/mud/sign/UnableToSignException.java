package org.trustbricks.mud.sign;

/** A MUD file could not be signed (unusable key, key and certificate that do not match, token failure). */
public final class UnableToSignException extends Exception {

    private UnableToSignException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** An exception with a message safe to show. */
    public static UnableToSignException because(String message) {
        return new UnableToSignException(message, null);
    }

    /** An exception with a message safe to show and the underlying cause. */
    public static UnableToSignException because(String message, Throwable cause) {
        return new UnableToSignException(message, cause);
    }
}
