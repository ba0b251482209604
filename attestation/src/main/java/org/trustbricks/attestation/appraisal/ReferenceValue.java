package org.trustbricks.attestation.appraisal;

/**
 * An expected software component for a platform (a CoRIM reference-triple for "psa.software-component").
 *
 * @param measurementType the role ("BL", "PRoT", …); null matches any
 * @param version         the expected version; null matches any
 * @param digest          the expected measurement value
 * @param signerId        the expected signer id; null matches any
 */
public record ReferenceValue(String measurementType, String version, byte[] digest, byte[] signerId) {
}
