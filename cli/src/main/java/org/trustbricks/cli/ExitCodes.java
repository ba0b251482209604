package org.trustbricks.cli;

/** The process exit codes every command uses. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Findings of error severity, invalid input, or a failure at run time. */
    public static final int FAILURE = 1;
    /** Unknown option, missing argument or other usage error. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
