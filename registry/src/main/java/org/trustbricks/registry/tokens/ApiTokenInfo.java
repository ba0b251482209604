package org.trustbricks.registry.tokens;

import java.time.Instant;

/**
 * A token as listed to its owner, without its secret.
 *
 * @param id       token id
 * @param name     label
 * @param prefix   first characters of the token
 * @param created  when it was made
 * @param lastUsed when it last authenticated a request, or null
 * @param revoked  true once revoked
 */
public record ApiTokenInfo(long id, String name, String prefix, Instant created, Instant lastUsed, boolean revoked) {
}
