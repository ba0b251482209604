package org.trustbricks.sesip.catalogue;

/**
 * A link from one SFR to another (implies or requires).
 *
 * @param sfr        id of the target SFR
 * @param provenance where the relation comes from
 */
public record Relation(String sfr, Provenance provenance) {
}
