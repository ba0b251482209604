package org.trustbricks.attestation.appraisal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The endorsements the verifier appraises against, held in memory and replaced atomically as a whole (for example
 * when the server learns that another instance changed the stored endorsements); readers never see a half update.
 */
public final class EndorsementCache {

    private final AtomicReference<Endorsements> current;

    private EndorsementCache(Endorsements initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** A cache that starts with the given endorsements. */
    public static EndorsementCache of(Endorsements initial) {
        return new EndorsementCache(initial);
    }

    /** The endorsements in force now. */
    public Endorsements current() {
        return current.get();
    }

    /** Puts a new set in force and returns the previous one. */
    public Endorsements replace(Endorsements next) {
        return current.getAndSet(java.util.Objects.requireNonNull(next));
    }
}
