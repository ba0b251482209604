package org.trustbricks.sesip.profile;

import java.util.List;
import org.trustbricks.sesip.catalogue.Provenance;

/**
 * A SESIP profile: a level and the SFRs an ST must claim to conform.
 *
 * @param id            stable key used in STs ({@code profiles: [psa-certified-level-3]})
 * @param name          full name
 * @param owner         who publishes it
 * @param level         level it requires, null when not known
 * @param completeness  complete, partial or unknown: how much of its SFR list is known
 * @param provenance    where the profile facts come from
 * @param note          what is known about it
 * @param requiredSfrs  SFRs it requires (all of them when complete)
 * @param candidateSfrs SFRs a secondary source associates with it, not checked
 */
public record Profile(String id, String name, String owner, ProfileLevel level, String completeness,
                      Provenance provenance, String note, List<ProfileSfr> requiredSfrs, List<ProfileSfr> candidateSfrs) {

    public Profile {
        requiredSfrs = requiredSfrs == null ? List.of() : List.copyOf(requiredSfrs);
        candidateSfrs = candidateSfrs == null ? List.of() : List.copyOf(candidateSfrs);
    }

    /** True when the profile's full mandatory SFR list is known. */
    public boolean complete() {
        return "complete".equals(completeness);
    }
}
