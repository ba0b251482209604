package org.trustbricks.attestation.tps;

/** A TPS operation failed with one of the TPS error codes; the message says why. */
public final class TpsException extends Exception {

    private final TpsError error;

    private TpsException(TpsError error, String message) {
        super(message + " (" + error.name() + String.format(", 0x%08X)", error.code()), null, false, false);
        this.error = error;
    }

    /** An exception with an error code and an explanation. */
    public static TpsException of(TpsError error, String message) {
        if (error == TpsError.SUCCESS) {
            throw new IllegalArgumentException("SUCCESS is not an error");
        }
        return new TpsException(error, message);
    }

    /** The TPS error code. */
    public TpsError error() {
        return error;
    }
}
