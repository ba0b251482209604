package org.trustbricks.registry.onboarding;

import java.time.Instant;
import java.util.List;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.NetworkPolicy;
import org.trustbricks.onboarding.Reason;

/**
 * A device in the inventory with its current decision.
 *
 * @param id               inventory id
 * @param name             name given at onboarding
 * @param mac              MAC address, or null
 * @param instanceId       attested instance id (hex)
 * @param implementationId attested implementation id (hex)
 * @param certificateId    registry certificate of its platform, or null
 * @param mudUrl           its MUD URL, or null
 * @param mudVersion       SHA-256 of the MUD file its rules came from, or null
 * @param decision         admitted, restricted or refused
 * @param networkPolicy    the policy enforced
 * @param reasons          why
 * @param rules            the enforced ruleset
 * @param lastAttestedAt   last successful attestation, or null
 * @param updatedAt        last change
 */
public record DeviceRecord(long id, String name, String mac, String instanceId, String implementationId,
                           String certificateId, String mudUrl, String mudVersion, Decision decision,
                           NetworkPolicy networkPolicy, List<Reason> reasons, String rules, Instant lastAttestedAt,
                           Instant updatedAt) {
}
