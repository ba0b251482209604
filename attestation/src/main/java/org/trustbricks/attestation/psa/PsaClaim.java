package org.trustbricks.attestation.psa;

/** The claims of a PSA attestation token, with a name and plain-English meaning for reports. */
public enum PsaClaim {
    /** The profile. */
    PROFILE("profile", "which PSA token profile the claims follow"),
    /** The client id. */
    CLIENT_ID("client-id", "the partition that asked for the token: positive = secure (SPE), zero or negative = non-secure (NSPE) caller"),
    /** The security lifecycle. */
    SECURITY_LIFECYCLE("security-lifecycle", "the lifecycle state of the device; only 'secured' and 'non-psa-rot-debug' can be trusted"),
    /** The implementation id. */
    IMPLEMENTATION_ID("implementation-id", "identifies the immutable PSA Root of Trust hardware; the key for endorsements and certification status"),
    /** The boot seed. */
    BOOT_SEED("boot-seed", "a random value that changes at every boot"),
    /** The certification reference. */
    CERTIFICATION_REFERENCE("certification-reference", "the PSA Certified reference the device claims (EAN-13 + 5 digits); self-asserted, so only a hint"),
    /** The software components. */
    SOFTWARE_COMPONENTS("software-components", "measurements of the firmware that booted, to compare with reference values"),
    /** P1's no-software-measurements flag. */
    NO_SOFTWARE_MEASUREMENTS("no-software-measurements", "the device asserts it reports no software measurements (profile 1 only)"),
    /** The nonce. */
    NONCE("nonce", "the challenge from the verifier that proves the token is fresh"),
    /** The instance id. */
    INSTANCE_ID("instance-id", "identifies this device's attestation key (0x01 followed by 32 bytes); used to find its verification key"),
    /** The verification service indicator. */
    VERIFICATION_SERVICE_INDICATOR("verification-service-indicator", "a hint where the token can be verified");

    private final String label;
    private final String meaning;

    PsaClaim(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The claim name used in reports and JSON. */
    public String label() {
        return label;
    }

    /** What the claim means. */
    public String meaning() {
        return meaning;
    }
}
