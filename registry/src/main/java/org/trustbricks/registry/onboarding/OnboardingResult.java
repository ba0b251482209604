package org.trustbricks.registry.onboarding;

import java.util.List;
import org.trustbricks.onboarding.OnboardingDecision;

/**
 * The decision for a device and what it was based on.
 *
 * @param device      the inventory entry, or null when the evidence did not verify (nothing is
 *                    recorded then) or another device is enrolled under its instance id
 * @param decision    admitted, restricted or refused, with every reason
 * @param attestation the verifier's reasons
 * @param mudFindings problems found in the MUD file (validation and signature), empty when none
 * @param rules       the ruleset now enforced for the device (nftables)
 */
public record OnboardingResult(DeviceRecord device, OnboardingDecision decision, List<String> attestation,
                               List<String> mudFindings, String rules) {
}
