package org.trustbricks.sesip.catalogue;

/**
 * A yes/no fact with its provenance.
 *
 * @param value      the fact
 * @param provenance where it comes from
 */
public record Flag(boolean value, Provenance provenance) {
}
