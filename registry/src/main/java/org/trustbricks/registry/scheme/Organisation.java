package org.trustbricks.registry.scheme;

/**
 * An organisation as listed publicly.
 *
 * @param id   id
 * @param name name
 * @param kind SCHEME_OWNER, CERTIFICATION_BODY, LABORATORY or VENDOR
 */
public record Organisation(long id, String name, String kind) {
}
