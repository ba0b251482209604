package org.trustbricks.attestation.psa;

/**
 * One entry of the software-components claim.
 *
 * @param measurementType        the role, e.g. "BL", "PRoT", "ARoT", "App"; optional
 * @param measurementValue       the hash of the component (32, 48 or 64 bytes)
 * @param version                the version text; optional
 * @param signerId               the hash of the key that signed the component
 * @param measurementDescription the hash algorithm, e.g. "sha-256"; optional
 */
public record SoftwareComponent(String measurementType, byte[] measurementValue, String version, byte[] signerId,
                                String measurementDescription) {
}
