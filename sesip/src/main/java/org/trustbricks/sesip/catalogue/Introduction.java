package org.trustbricks.sesip.catalogue;

/**
 * The methodology edition that introduced an SFR, when known.
 *
 * @param edition    edition id, or null when unknown
 * @param provenance how sure we are
 */
public record Introduction(String edition, Provenance provenance) {
}
