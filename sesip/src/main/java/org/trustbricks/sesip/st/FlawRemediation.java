package org.trustbricks.sesip.st;

/**
 * ALC_FLR.2 evidence embedded in the ST.
 *
 * @param reportingChannel             where users report security flaws
 * @param handling                     how reports are tracked and fixed in time
 * @param userNotification             how users learn about fixes and updates
 * @param noSecureUpdateJustification  why field update is not applicable, when Secure Update of Platform is not claimed
 */
public record FlawRemediation(String reportingChannel, String handling, String userNotification,
                              String noSecureUpdateJustification) {
}
