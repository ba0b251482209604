package org.trustbricks.attestation.appraisal;

/** What the verifier's nonce store says about the nonce in a token. */
public enum NonceStatus {
    /** Issued, not expired, and now consumed. */
    FRESH,
    /** Never issued by this verifier. */
    UNKNOWN,
    /** Issued but its lifetime is over. */
    EXPIRED,
    /** Issued and already used by an earlier token (a replay). */
    ALREADY_USED,
    /** Not checked: the caller gave no challenge; the relying party must compare the echoed nonce itself. */
    NOT_CHECKED
}
