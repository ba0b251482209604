package org.trustbricks.registry.mud;

/** The change conflicts with stored MUD data (for example a manufacturer slug already taken). */
public final class MudConflictException extends RuntimeException {

    private MudConflictException(String message) {
        super(message, null, false, false);
    }

    /** An exception with a message safe to show. */
    public static MudConflictException because(String message) {
        return new MudConflictException(message);
    }
}
