package org.trustbricks.registry.db;

/** The database could not be started, reached or migrated. The message is safe to print: no passwords. */
public final class UnableToOpenDatabaseException extends RuntimeException {

    UnableToOpenDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
