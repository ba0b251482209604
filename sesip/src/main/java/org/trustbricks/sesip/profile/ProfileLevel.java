package org.trustbricks.sesip.profile;

import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Provenance;

/**
 * The SESIP level a profile requires.
 *
 * @param value      the level
 * @param provenance where it comes from
 */
public record ProfileLevel(AssuranceLevel value, Provenance provenance) {
}
