package org.trustbricks.attestation.appraisal;

/**
 * The certification view of an appraisal.
 *
 * @param certificateId      the certificate linked to the implementation id by the registry or the endorsements; null if none
 * @param status             its status
 * @param claimedReference   the token's own certification-reference claim (self-asserted; shown, never trusted alone)
 * @param claimMatches       whether the claimed reference equals the linked certificate id (false when either is absent)
 */
public record Certification(String certificateId, CertificateStatus status, String claimedReference, boolean claimMatches) {
}
