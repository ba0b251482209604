package org.trustbricks.sesip.catalogue;

/**
 * A methodology edition (for example GP SESIP v1.2 or EN 17927:2023).
 *
 * @param id         stable key used in STs ({@code GP-1.2}, {@code EN17927-2023}, ...)
 * @param name       full name
 * @param publisher  GlobalPlatform or CEN/CENELEC
 * @param status     current or superseded
 * @param note       what is known about it
 * @param membership how sure we are that its SFR list is exactly the one in the file
 * @param sesip4And5 {@code cc-certificate-import} or {@code sesip-only-allowed}
 */
public record Edition(String id, String name, String publisher, String status, String note, Provenance membership,
                      String sesip4And5) {
}
