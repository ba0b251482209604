package org.trustbricks.attestation.cose;

/** A COSE signature or MAC could not be verified; the message says why and is safe to show. */
public final class UnableToVerifySignatureException extends Exception {

    private UnableToVerifySignatureException(String message) {
        super(message, null, false, false);
    }

    /** The signature or tag does not match. */
    public static UnableToVerifySignatureException mismatch(String what) {
        return new UnableToVerifySignatureException(what + " does not verify with the given key");
    }

    /** The algorithm and key do not belong together, or the algorithm is refused. */
    public static UnableToVerifySignatureException refused(String why) {
        return new UnableToVerifySignatureException(why);
    }
}
