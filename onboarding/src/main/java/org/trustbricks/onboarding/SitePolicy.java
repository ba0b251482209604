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
 * @param reattestIntervalMinutes how long evidence is relied on before the device is asked to attest again
 *                                (0 = no scheduled re-attestation; absent in policies saved before it existed)
 * @param reattestGraceMinutes    how long a device has to answer a re-attestation request (0 or absent = 60)
 * @param onAttestationOverdue    what to do when a device has not answered within the grace period
 *                                (absent = RESTRICTED)
 */
public record SitePolicy(int minimumLevel, Set<String> acceptedProfiles, Decision belowRequirements,
                         Decision onVulnerabilityReview, Decision onTerminated, Decision onExpired,
                         Decision onNoCertificate, boolean acceptUnsignedMud, Decision onMudUnavailable,
                         Decision onUnsupportedDevice, List<String> quarantineHosts, int reattestIntervalMinutes,
                         int reattestGraceMinutes, Decision onAttestationOverdue) {

    /** Longest re-attestation interval: one year. */
    public static final int MAX_INTERVAL_MINUTES = 366 * 24 * 60;
    /** Longest grace period: thirty days. */
    public static final int MAX_GRACE_MINUTES = 30 * 24 * 60;
    /** Grace period when none is set. */
    public static final int DEFAULT_GRACE_MINUTES = 60;

    public SitePolicy {
        if (minimumLevel < 0 || minimumLevel > 5) {
            throw new IllegalArgumentException("minimumLevel must be 0 to 5");
        }
        if (reattestIntervalMinutes < 0 || reattestIntervalMinutes > MAX_INTERVAL_MINUTES) {
            throw new IllegalArgumentException("reattestIntervalMinutes must be 0 (off) to " + MAX_INTERVAL_MINUTES);
        }
        if (reattestGraceMinutes < 0 || reattestGraceMinutes > MAX_GRACE_MINUTES) {
            throw new IllegalArgumentException("reattestGraceMinutes must be 1 to " + MAX_GRACE_MINUTES);
        }
        acceptedProfiles = Set.copyOf(acceptedProfiles);
        quarantineHosts = List.copyOf(quarantineHosts);
        reattestGraceMinutes = reattestGraceMinutes == 0 ? DEFAULT_GRACE_MINUTES : reattestGraceMinutes;
        onAttestationOverdue = onAttestationOverdue == null ? Decision.RESTRICTED : onAttestationOverdue;
    }

    /** A policy without scheduled re-attestation (overdue devices are restricted). */
    public SitePolicy(int minimumLevel, Set<String> acceptedProfiles, Decision belowRequirements,
                      Decision onVulnerabilityReview, Decision onTerminated, Decision onExpired,
                      Decision onNoCertificate, boolean acceptUnsignedMud, Decision onMudUnavailable,
                      Decision onUnsupportedDevice, List<String> quarantineHosts) {
        this(minimumLevel, acceptedProfiles, belowRequirements, onVulnerabilityReview, onTerminated, onExpired,
                onNoCertificate, acceptUnsignedMud, onMudUnavailable, onUnsupportedDevice, quarantineHosts, 0, 0, null);
    }

    /** This policy with other re-attestation settings. */
    public SitePolicy withReattestation(int intervalMinutes, int graceMinutes, Decision onOverdue) {
        return new SitePolicy(minimumLevel, acceptedProfiles, belowRequirements, onVulnerabilityReview, onTerminated,
                onExpired, onNoCertificate, acceptUnsignedMud, onMudUnavailable, onUnsupportedDevice, quarantineHosts,
                intervalMinutes, graceMinutes, onOverdue);
    }

    /**
     * Cautious defaults: SESIP2 or better, problems restrict, terminated certificates refuse, devices attest again
     * every day and are restricted when they do not answer within an hour.
     */
    public static SitePolicy defaults() {
        return new SitePolicy(2, Set.of(), Decision.RESTRICTED, Decision.RESTRICTED, Decision.REFUSED,
                Decision.RESTRICTED, Decision.RESTRICTED, false, Decision.RESTRICTED, Decision.RESTRICTED, List.of(),
                24 * 60, DEFAULT_GRACE_MINUTES, Decision.RESTRICTED);
    }
}
