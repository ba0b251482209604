package org.trustbricks.registry.audit;

import java.time.Instant;

/**
 * One audit log entry.
 *
 * @param seq          position in the chain, from 1
 * @param at           when it was written
 * @param actor        who did it (user email and organisation, or "system")
 * @param action       what was done, e.g. {@code evaluation.approve}
 * @param object       what it was done to, e.g. {@code evaluation/12}
 * @param detail       free text (never a secret)
 * @param previousHash hex SHA-256 of the previous entry
 * @param hash         hex SHA-256 of this entry
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String object, String detail,
                         String previousHash, String hash) {
}
