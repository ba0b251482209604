package org.trustbricks.attestation.appraisal;

/** The status of a platform's certificate in the certification registry. */
public enum CertificateStatus {
    /** Valid. */
    ACTIVE,
    /** Valid, but a reported vulnerability is being assessed. */
    UNDER_VULNERABILITY_REVIEW,
    /** Withdrawn by the certification body. */
    TERMINATED,
    /** Its validity period is over. */
    EXPIRED,
    /** The registry does not know it, or no certificate is linked. */
    UNKNOWN
}
