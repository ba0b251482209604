package org.trustbricks.attestation.services;

/** Service-level error codes carried under key 2 of a TrustBricks service response (as GPP ROT13 does). */
public enum ServiceError {
    /** An argument has the wrong size or form. */
    INVALID_ARGUMENT(1),
    /** The named object or key does not exist. */
    NOT_FOUND(2),
    /** The name is already used. */
    ALREADY_EXISTS(3),
    /** The data or the number of objects is over a limit. */
    TOO_LARGE(4),
    /** The secure component failed. */
    COMPONENT_FAILURE(5),
    /** Stored data failed its integrity check. */
    INTEGRITY_FAILURE(6);

    /** The response key that carries an error code. */
    public static final long KEY = 2;

    private final int code;

    ServiceError(int code) {
        this.code = code;
    }

    /** The numeric code. */
    public int code() {
        return code;
    }

    /** The error with this code, or null. */
    public static ServiceError byCode(long code) {
        for (ServiceError e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }
}
