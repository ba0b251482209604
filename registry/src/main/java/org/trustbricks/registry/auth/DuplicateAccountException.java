package org.trustbricks.registry.auth;

/** An account with the same email already exists. */
public final class DuplicateAccountException extends RuntimeException {

    DuplicateAccountException(String message) {
        super(message);
    }
}
