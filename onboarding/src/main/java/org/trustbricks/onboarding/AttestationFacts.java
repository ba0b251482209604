package org.trustbricks.onboarding;

/**
 * What the verifier concluded about the device's evidence.
 *
 * @param verified         signature, nonce and lifecycle checks passed
 * @param measurements     how the software measurements compared with reference values
 * @param instanceId       the attested instance id (hex), or empty
 * @param implementationId the attested implementation id (hex), or empty
 * @param detail           the verifier's reason when not verified, or a summary
 * @param overdue          the device did not answer a re-attestation request within the grace period, so this
 *                         evidence is too old to rely on
 */
public record AttestationFacts(boolean verified, Measurements measurements, String instanceId, String implementationId,
                               String detail, boolean overdue) {

    /** Evidence just appraised (not overdue). */
    public AttestationFacts(boolean verified, Measurements measurements, String instanceId, String implementationId,
                            String detail) {
        this(verified, measurements, instanceId, implementationId, detail, false);
    }

    /** The same evidence, marked overdue or current. */
    public AttestationFacts withOverdue(boolean isOverdue) {
        return new AttestationFacts(verified, measurements, instanceId, implementationId, detail, isOverdue);
    }

    /** Outcome of comparing measured software components with the endorsed reference values. */
    public enum Measurements { MATCHED, NO_REFERENCE_VALUES, MISMATCH }

    /** Evidence that was rejected. */
    public static AttestationFacts rejected(String detail) {
        return new AttestationFacts(false, Measurements.NO_REFERENCE_VALUES, "", "", detail);
    }
}
