package org.trustbricks.sesip.st;

/**
 * Another certification of the platform (D.2.4).
 *
 * @param scheme             certification scheme
 * @param certificationBody  certification body
 * @param certificateNumber  certificate number
 * @param date               certificate date (ISO date)
 */
public record OtherCertification(String scheme, String certificationBody, String certificateNumber, String date) {
}
