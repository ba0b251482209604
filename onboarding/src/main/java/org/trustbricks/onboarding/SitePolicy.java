package org.trustbricks.onboarding;

import java.util.List;
import java.util.Set;

/**
 * A site's onboarding rules, edited by its administrator.
 *
 * @param minimumLevel            lowest SESIP level the platform must be certified at (0 = any)
 * @param acceptedProfiles        the platform must claim one of these profiles (empty = any)
 * @param belowRequirements       what to do when level or profile fall short
 * @param onVulnerabilityReview   what to do when the certificate is under vulnerability review
 * @param onTerminated            what to do when the certificate is terminated
 * @param onExpired               what to do when the certificate has expired
 * @param onNoCertificate         what to do when no certificate is known for the platform
 * @param acceptUnsignedMud       whether an unsigned MUD file may still give full access
 * @param onMudUnavailable        what to do when the MUD file cannot be fetched or is invalid
 * @param onUnsupportedDevice     what to do when the manufacturer marked the device unsupported
 * @param quarantineHosts         names a restricted device may still reach (update servers, manufacturer)
 */
public record SitePolicy(int minimumLevel, Set<String> acceptedProfiles, Decision belowRequirements,
                         Decision onVulnerabilityReview, Decision onTerminated, Decision onExpired,
                         Decision onNoCertificate, boolean acceptUnsignedMud, Decision onMudUnavailable,
                         Decision onUnsupportedDevice, List<String> quarantineHosts) {

    public SitePolicy {
        if (minimumLevel < 0 || minimumLevel > 5) {
            throw new IllegalArgumentException("minimumLevel must be 0 to 5");
        }
        acceptedProfiles = Set.copyOf(acceptedProfiles);
        quarantineHosts = List.copyOf(quarantineHosts);
    }

    /** Cautious defaults: SESIP2 or better, problems restrict, terminated certificates refuse. */
    public static SitePolicy defaults() {
        return new SitePolicy(2, Set.of(), Decision.RESTRICTED, Decision.RESTRICTED, Decision.REFUSED,
                Decision.RESTRICTED, Decision.RESTRICTED, false, Decision.RESTRICTED, Decision.RESTRICTED, List.of());
    }
}
