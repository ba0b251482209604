package org.trustbricks.attestation.psa;

import java.util.List;

/**
 * The claims of a PSA attestation token in one profile-independent model. Absent claims are null.
 *
 * @param profile                       the profile the claims follow
 * @param profileClaim                  the profile claim as carried (null when absent, allowed in profile 1 only)
 * @param clientId                      the client id
 * @param securityLifecycle             the raw lifecycle value
 * @param implementationId              the implementation id
 * @param instanceId                    the instance id
 * @param nonces                        the nonce values (more than one is invalid in PSA)
 * @param bootSeed                      the boot seed
 * @param certificationReference        the certification reference (profile 1: "hwver")
 * @param softwareComponents            the software components, or null when the claim is absent
 * @param noSoftwareMeasurements        profile 1's no-software-measurements flag value, or null
 * @param verificationServiceIndicator  the verification service indicator
 */
public record PsaClaims(PsaProfile profile, String profileClaim, Long clientId, Long securityLifecycle,
                        byte[] implementationId, byte[] instanceId, List<byte[]> nonces, byte[] bootSeed,
                        String certificationReference, List<SoftwareComponent> softwareComponents,
                        Long noSoftwareMeasurements, String verificationServiceIndicator) {

    /** The single nonce, or null when absent or repeated. */
    public byte[] nonce() {
        return nonces != null && nonces.size() == 1 ? nonces.get(0) : null;
    }

    /** The lifecycle state, or null when absent or out of range. */
    public SecurityLifecycle lifecycleState() {
        return securityLifecycle == null ? null : SecurityLifecycle.of(securityLifecycle);
    }
}
