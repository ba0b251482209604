package org.trustbricks.registry.access;

/** Nothing with this id exists, or the caller may not know that it does (answered as 404). */
public final class UnknownObjectException extends RuntimeException {

    private UnknownObjectException(String message) {
        super(message, null, false, false);
    }

    /** For the object named, e.g. "evaluation 12". */
    public static UnknownObjectException of(String what) {
        return new UnknownObjectException("there is no " + what);
    }
}
