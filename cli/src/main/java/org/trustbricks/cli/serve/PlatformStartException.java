package org.trustbricks.cli.serve;

/** The platform could not start; the message says why in one line, with no secrets. */
public final class PlatformStartException extends Exception {

    PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
