package org.trustbricks.registry.onboarding;

import java.time.Instant;

/**
 * A device's attestation status as the inventory shows it.
 *
 * @param deviceId       the device
 * @param state          current, pending or overdue
 * @param lastAttestedAt last successful attestation, or null
 * @param pendingDueBy   end of the grace period of the waiting request, or null when none waits
 * @param nextDueAt      when the schedule asks again (last attestation plus the interval), or null when off
 */
public record AttestationStatus(long deviceId, AttestationState state, Instant lastAttestedAt, Instant pendingDueBy,
                                Instant nextDueAt) {
}
