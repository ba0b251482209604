package org.trustbricks.sesip.st;

/**
 * ST reference: the title page of the ST.
 *
 * @param title     for example "Security Target for Acme MCU"
 * @param version   ST version
 * @param date      ST date (ISO date)
 * @param developer developer organisation
 */
public record StReference(String title, String version, String date, String developer) {
}
