package org.trustbricks.registry.auth;

import java.time.Instant;

/**
 * A server-side session, found by the hash of its cookie value.
 *
 * @param user      the signed-in person, or null for an anonymous session
 * @param csrfToken the token every state-changing form and request must echo
 * @param expiresAt when the session ends unless used again
 */
public record WebSession(User user, String csrfToken, Instant expiresAt) {
}
