package org.trustbricks.sesip.catalogue;

/**
 * A security assurance component (for example {@code ALC_FLR.2}) of a level.
 *
 * @param id         component id
 * @param provenance how sure we are that the level includes it
 */
public record AssuranceComponent(String id, Provenance provenance) {
}
