package org.trustbricks.onboarding;

import java.util.Set;

/**
 * The registry's view of the certificate of the device's platform.
 *
 * @param certificateId registry id (SESIP-YYNNNNN-VV), or empty when no certificate is linked
 * @param status        current status
 * @param level         certified SESIP level 1–5, or 0 when unknown
 * @param profiles      profiles the certificate claims
 */
public record CertificateFacts(String certificateId, Status status, int level, Set<String> profiles) {

    /** Certificate status as the registry reports it. */
    public enum Status { ACTIVE, UNDER_VULNERABILITY_REVIEW, TERMINATED, EXPIRED, UNKNOWN }

    public CertificateFacts {
        profiles = Set.copyOf(profiles);
    }

    /** No certificate could be found for the platform. */
    public static CertificateFacts unknown() {
        return new CertificateFacts("", Status.UNKNOWN, 0, Set.of());
    }
}
