package org.trustbricks.sesip.st;

/**
 * An environment objective stated by a part's certificate.
 *
 * @param id          objective key in the part's ST
 * @param description what it asks of the environment
 */
public record CertifiedObjective(String id, String description) {
}
