package org.trustbricks.registry.vuln;

/** How a vulnerability was closed. */
public enum Resolution {
    /** Fixed in a new version; the certificate is re-issued for it (maintenance). */
    FIXED,
    /** Accepted; users get guidance on how to stay safe. */
    ACCEPTED,
    /** The certificate is terminated. */
    TERMINATED
}
