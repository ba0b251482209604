package org.trustbricks.registry.access;

/** The signed-in organisation may not do this (answered as 403). */
public final class NotPermittedException extends RuntimeException {

    private NotPermittedException(String message) {
        super(message, null, false, false);
    }

    /** With the reason in words. */
    public static NotPermittedException because(String reason) {
        return new NotPermittedException(reason);
    }
}
