package org.trustbricks.sesip.st;

/**
 * A security objective for the operational environment (D.3.1).
 *
 * @param id          key, for example {@code OE.NO_PHYSICAL_ACCESS}
 * @param description what the environment must ensure
 * @param guidance    where the guidance tells integrators how to meet it
 */
public record EnvironmentObjective(String id, String description, GuidanceReference guidance) {
}
