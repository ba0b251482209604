package org.trustbricks.registry.audit;

import java.util.List;

/**
 * Result of walking the audit chain.
 *
 * @param intact   true when every entry fits the chain
 * @param entries  how many entries were read
 * @param problems each entry that does not fit, named by its sequence number
 */
public record AuditVerification(boolean intact, long entries, List<Problem> problems) {

    /**
     * An entry that breaks the chain.
     *
     * @param seq     the entry's sequence number
     * @param kind    edited, missing or reordered
     * @param message what is wrong, in words
     */
    public record Problem(long seq, String kind, String message) {
    }
}
