package org.trustbricks.sesip.st;

/**
 * The SESIP methodology edition an ST is written against.
 *
 * @param edition     edition id: GP-1.0, GP-1.1, GP-1.2 or EN17927-2023
 * @param labelScheme how level labels are written: sesip (default), trustcb-v1.2 or itp
 */
public record Methodology(String edition, String labelScheme) {
}
