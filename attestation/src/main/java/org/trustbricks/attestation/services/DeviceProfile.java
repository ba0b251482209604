package org.trustbricks.attestation.services;

import java.util.List;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.SoftwareComponent;

/**
 * What the attestation service reports about its platform (fixed at manufacturing and boot).
 *
 * @param profile                      the token profile to produce
 * @param implementationId             the PSA implementation id (32 bytes)
 * @param securityLifecycle            the lifecycle claim value (e.g. 0x3000 secured)
 * @param certificationReference       the certification reference to claim, or null
 * @param verificationServiceIndicator where to verify, or null
 * @param softwareComponents           the measured software components
 */
public record DeviceProfile(PsaProfile profile, byte[] implementationId, int securityLifecycle, String certificationReference,
                            String verificationServiceIndicator, List<SoftwareComponent> softwareComponents) {

    public DeviceProfile {
        if (implementationId == null || implementationId.length != 32) {
            throw new IllegalArgumentException("an implementation id has 32 bytes");
        }
        softwareComponents = List.copyOf(softwareComponents);
    }
}
