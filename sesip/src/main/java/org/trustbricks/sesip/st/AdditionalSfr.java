package org.trustbricks.sesip.st;

/**
 * One non-catalogue SFR.
 *
 * @param id          key
 * @param title       title
 * @param description the requirement
 * @param rationale   conformance rationale
 */
public record AdditionalSfr(String id, String title, String description, Rationale rationale) {
}
