package org.trustbricks.sesip.st;

/**
 * Platform reference table (D.2.2).
 *
 * @param name           platform name
 * @param version        platform version
 * @param identification how the platform identifies itself (what Verification of Platform Identity returns)
 * @param type           platform type, for example "microcontroller", "RTOS", "secure element", "device"
 */
public record Platform(String name, String version, String identification, String type) {
}
