package org.trustbricks.sesip.catalogue;

/**
 * A section of the SFR catalogue.
 *
 * @param id    stable key
 * @param title section title
 */
public record SfrGroup(String id, String title) {
}
