package org.trustbricks.attestation;

/**
 * One claim of a token, decoded and explained for people.
 *
 * @param key     the claim key as it appears in the token (e.g. "2396" or "-75003")
 * @param name    the claim name ("implementation-id"), or "unknown"
 * @param value   the value, readable (hex for bytes, diagnostic notation for structures)
 * @param meaning what the claim means
 */
public record ExplainedClaim(String key, String name, String value, String meaning) {
}
