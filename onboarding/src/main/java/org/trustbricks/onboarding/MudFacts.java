package org.trustbricks.onboarding;

/**
 * What fetching, verifying and validating the device's MUD file gave.
 *
 * @param mudUrl        the MUD URL the device emitted, or empty when none was presented
 * @param retrieval     whether the file could be had
 * @param signature     the signature check's outcome
 * @param valid         the file passed strict validation
 * @param supported     the file's {@code is-supported} flag
 * @param detail        the most useful detail for the administrator (errors, signer, cache warning)
 */
public record MudFacts(String mudUrl, Retrieval retrieval, Signature signature, boolean valid, boolean supported,
                       String detail) {

    /** Whether the MUD file was obtained. */
    public enum Retrieval { FETCHED, STALE_CACHE, UNREACHABLE, REFUSED_UNSAFE, NO_URL }

    /** Outcome of the signature check. */
    public enum Signature { VALID, UNSIGNED, INVALID, WRONG_SIGNER }
}
