package org.trustbricks.attestation.appraisal;

import java.util.List;

/**
 * The outcome of appraising one token: an EAR appraisal plus the facts behind it, serialisable to JSON.
 *
 * @param verdict          the bottom line
 * @param status           the EAR status (trust tier)
 * @param trustVector      the AR4SI trustworthiness vector
 * @param reasons          human-readable reasons, in the order they were established
 * @param profile          the token's profile, or null when not readable
 * @param implementationId the implementation id in hex, or null
 * @param instanceId       the instance id in hex, or null
 * @param nonce            the token's nonce in hex, or null
 * @param nonceStatus      the freshness check's outcome
 * @param certification    the platform certification view, or null when the token was not verified
 * @param endorsementsId   which endorsement set was used
 * @param issuedAt         seconds since the epoch when the appraisal was made
 */
public record AttestationResult(Verdict verdict, TrustTier status, TrustVector trustVector, List<String> reasons, String profile,
                                String implementationId, String instanceId, String nonce, NonceStatus nonceStatus,
                                Certification certification, String endorsementsId, long issuedAt) {

    public AttestationResult {
        reasons = List.copyOf(reasons);
    }

    /** How the software components compared with reference values. */
    public enum Measurements {
        /** Every component matched a reference value. */
        MATCHED,
        /** No reference values are provisioned for the platform. */
        NO_REFERENCE_VALUES,
        /** Some component matched no reference value. */
        MISMATCH,
        /** The token was rejected before its components were compared. */
        NOT_APPRAISED
    }

    /** The software-measurement outcome, from the executables claim of the trust vector. */
    public Measurements measurements() {
        if (certification == null) {
            return Measurements.NOT_APPRAISED;
        }
        return switch (trustVector.executables()) {
            case 2 -> Measurements.MATCHED;
            case 0 -> Measurements.NO_REFERENCE_VALUES;
            default -> Measurements.MISMATCH;
        };
    }

    /** True when the verdict admits the attester (with or without warnings). */
    public boolean admitted() {
        return verdict != Verdict.REJECTED;
    }
}
