package org.trustbricks.sesip.profile;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * How an ST conforms to a profile.
 *
 * @param profile        the profile id
 * @param name           the profile name
 * @param conformant     true when nothing the profile is known to require is missing
 * @param fullyChecked   true when the profile's complete SFR list and level were known and checked
 * @param requiredLevel  the level required, empty when unknown
 * @param claimedLevel   the ST's level, empty when none could be read
 * @param presentSfrs    required SFRs the ST claims
 * @param missingSfrs    required SFRs the ST does not claim
 * @param findings       the findings behind the verdict
 */
public record Conformance(String profile, String name, boolean conformant, boolean fullyChecked, String requiredLevel,
                          String claimedLevel, List<ProfileSfr> presentSfrs, List<ProfileSfr> missingSfrs,
                          List<Finding> findings) {

    public Conformance {
        presentSfrs = List.copyOf(presentSfrs);
        missingSfrs = List.copyOf(missingSfrs);
        findings = List.copyOf(findings);
    }
}
