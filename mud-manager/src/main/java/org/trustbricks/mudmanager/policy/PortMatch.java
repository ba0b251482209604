package org.trustbricks.mudmanager.policy;

/**
 * A port condition: the range [lower, upper], or every port except {@code lower} when {@code notEqual}.
 *
 * @param lower    lowest port matched (or the excluded port)
 * @param upper    highest port matched
 * @param notEqual true for the {@code neq} operator
 */
public record PortMatch(int lower, int upper, boolean notEqual) {

    /** Any port. */
    public static final PortMatch ANY = new PortMatch(0, 65535, false);

    /** Exactly one port. */
    public static PortMatch eq(int port) {
        return new PortMatch(port, port, false);
    }

    /** True when the port satisfies the condition. */
    public boolean matches(int port) {
        return notEqual ? port != lower : port >= lower && port <= upper;
    }

    /** True when every port matches. */
    public boolean isAny() {
        return !notEqual && lower == 0 && upper == 65535;
    }

    /** True when exactly one port matches. */
    public boolean isSingle() {
        return !notEqual && lower == upper;
    }
}
