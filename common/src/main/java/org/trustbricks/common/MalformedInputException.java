package org.trustbricks.common;

/**
 * Untrusted input could not be read at all (not JSON, too large, too deep, duplicate keys…).
 * The message is safe to show to the person who sent the input.
 */
public final class MalformedInputException extends Exception {

    private final String path;

    public MalformedInputException(String message) {
        this(message, "", null);
    }

    public MalformedInputException(String message, String path, Throwable cause) {
        super(message, cause, false, false);
        this.path = path == null ? "" : path;
    }

    /** JSON pointer (or byte offset description) where reading stopped; empty when unknown. */
    public String path() {
        return path;
    }
}
