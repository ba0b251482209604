package org.trustbricks.sesip.st;

/**
 * A guidance document delivered with the platform (D.2.3).
 *
 * @param id      key used by guidance references in the ST
 * @param title   full title
 * @param version document version
 * @param location where customers can get it (URL or document number)
 */
public record GuidanceDocument(String id, String title, String version, String location) {
}
