package org.trustbricks.sesip.profile;

import org.trustbricks.sesip.catalogue.Provenance;

/**
 * An SFR a profile requires (or names as a candidate).
 *
 * @param sfr        catalogue SFR id
 * @param refinement refinement the profile puts on it, if any (for example "between SPE and NSPE")
 * @param provenance where the requirement comes from
 */
public record ProfileSfr(String sfr, String refinement, Provenance provenance) {
}
