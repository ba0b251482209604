package org.trustbricks.web;

/** The HTTP server could not start (most often: the port is in use). The message is safe to print. */
public final class UnableToStartServerException extends RuntimeException {

    UnableToStartServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
