package org.trustbricks.registry.onboarding;

/** Where a device stands with its evidence. */
public enum AttestationState {
    /** No re-attestation request is waiting and the evidence is not overdue. */
    CURRENT,
    /** A re-attestation request is waiting for the device's answer. */
    PENDING,
    /** The device did not answer a request within the grace period; its decision was degraded. */
    OVERDUE;

    /** The state named (case-insensitive), or null for blank. */
    public static AttestationState parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
