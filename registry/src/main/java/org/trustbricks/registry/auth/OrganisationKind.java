package org.trustbricks.registry.auth;

/** The role an organisation plays in the certification scheme. */
public enum OrganisationKind {
    /** Runs the scheme; administers organisations and users. */
    SCHEME_OWNER,
    /** Certification body: authorises labs, reviews evaluations, issues certificates. */
    CERTIFICATION_BODY,
    /** Evaluation laboratory. */
    LABORATORY,
    /** Device maker submitting products for evaluation. */
    VENDOR
}
