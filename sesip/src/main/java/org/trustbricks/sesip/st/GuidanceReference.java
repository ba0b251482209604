package org.trustbricks.sesip.st;

/**
 * A precise pointer into a guidance document.
 *
 * @param document id of a {@link GuidanceDocument} of the ST
 * @param section  section, chapter or page in that document
 */
public record GuidanceReference(String document, String section) {
}
