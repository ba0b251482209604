package org.trustbricks.registry.mudmanager;

import java.time.Instant;

/**
 * A manufacturer trust anchor configured for MUD signatures.
 *
 * @param id          stable id (for removal)
 * @param fingerprint SHA-256 of the DER certificate, hex
 * @param subject     the certificate's subject (RFC 4514)
 * @param notAfter    end of validity
 * @param pem         the certificate
 * @param addedBy     who added it
 * @param addedAt     when
 */
public record TrustAnchor(long id, String fingerprint, String subject, Instant notAfter, String pem, String addedBy,
        Instant addedAt) {
}
