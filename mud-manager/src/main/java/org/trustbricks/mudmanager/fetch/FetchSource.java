package org.trustbricks.mudmanager.fetch;

/** Where fetched bytes came from. */
public enum FetchSource {
    /** Fetched now. */
    NETWORK,
    /** From the cache, still within cache-validity. */
    CACHE,
    /** From the cache after cache-validity, because the server could not be reached (with a warning). */
    STALE_CACHE,
    /** Nothing usable. */
    NONE
}
