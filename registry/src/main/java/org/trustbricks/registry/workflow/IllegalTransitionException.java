package org.trustbricks.registry.workflow;

/** The requested change does not fit the object's current state (answered as 409 with the reason). */
public final class IllegalTransitionException extends RuntimeException {

    private IllegalTransitionException(String message) {
        super(message, null, false, false);
    }

    /** With the reason in words. */
    public static IllegalTransitionException because(String reason) {
        return new IllegalTransitionException(reason);
    }
}
