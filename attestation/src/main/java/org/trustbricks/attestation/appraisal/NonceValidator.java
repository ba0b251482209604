package org.trustbricks.attestation.appraisal;

import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicBoolean;

/** Decides whether a token's nonce is one the verifier issued, still valid and unused; consuming it on success. */
@FunctionalInterface
public interface NonceValidator {

    /** Checks and, when fresh, consumes the nonce so it can never be used again. */
    NonceStatus consume(byte[] nonce);

    /** A validator that accepts exactly one expected nonce, once. */
    static NonceValidator expecting(byte[] expected) {
        byte[] copy = expected.clone();
        AtomicBoolean used = new AtomicBoolean();
        return nonce -> !MessageDigest.isEqual(copy, nonce) ? NonceStatus.UNKNOWN
                : used.compareAndSet(false, true) ? NonceStatus.FRESH : NonceStatus.ALREADY_USED;
    }

    /** No freshness check: every nonce is reported as not checked. */
    static NonceValidator notChecked() {
        return nonce -> NonceStatus.NOT_CHECKED;
    }
}
