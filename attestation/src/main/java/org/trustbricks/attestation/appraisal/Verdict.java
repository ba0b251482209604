package org.trustbricks.attestation.appraisal;

/** The bottom line of an appraisal. */
public enum Verdict {
    /** Verified, and every appraised claim is affirming. */
    ADMITTED,
    /** Verified, but some claim is a warning (e.g. the platform certificate is under vulnerability review). */
    ADMITTED_WITH_WARNINGS,
    /** Not verified, or contraindicated. */
    REJECTED;

    /** The verdict for an EAR status. */
    public static Verdict of(TrustTier status) {
        return switch (status) {
            case AFFIRMING -> ADMITTED;
            case WARNING -> ADMITTED_WITH_WARNINGS;
            default -> REJECTED;
        };
    }
}
