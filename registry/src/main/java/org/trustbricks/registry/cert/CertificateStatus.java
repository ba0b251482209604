package org.trustbricks.registry.cert;

/** Life-cycle status of a certificate. */
public enum CertificateStatus {
    /** In force. */
    ACTIVE,
    /** Past its validity end. */
    EXPIRED,
    /** Withdrawn by the certification body. */
    TERMINATED,
    /** Replaced by a re-issued certificate (next iteration). */
    SUPERSEDED
}
