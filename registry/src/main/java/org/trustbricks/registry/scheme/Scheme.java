package org.trustbricks.registry.scheme;

/**
 * A certification scheme.
 *
 * @param id    database id
 * @param code  short code, e.g. {@code SESIP-EN17927}
 * @param name  full name
 * @param owner the scheme owner organisation's name
 */
public record Scheme(long id, String code, String name, String owner) {
}
