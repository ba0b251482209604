package org.trustbricks.attestation.psa;

/** The PSA security lifecycle states (major byte of the claim). */
public enum SecurityLifecycle {
    /** 0x00xx. */
    UNKNOWN(0x00, "unknown"),
    /** 0x10xx. */
    ASSEMBLY_AND_TEST(0x10, "assembly-and-test"),
    /** 0x20xx. */
    PSA_ROT_PROVISIONING(0x20, "psa-rot-provisioning"),
    /** 0x30xx. */
    SECURED(0x30, "secured"),
    /** 0x40xx. */
    NON_PSA_ROT_DEBUG(0x40, "non-psa-rot-debug"),
    /** 0x50xx. */
    RECOVERABLE_PSA_ROT_DEBUG(0x50, "recoverable-psa-rot-debug"),
    /** 0x60xx. */
    DECOMMISSIONED(0x60, "decommissioned");

    private final int major;
    private final String label;

    SecurityLifecycle(int major, String label) {
        this.major = major;
        this.label = label;
    }

    /** The state's name as the PSA specification writes it. */
    public String label() {
        return label;
    }

    /** The claim value 0xMM00 of this state. */
    public int value() {
        return major << 8;
    }

    /** True for the two states whose reports a verifier may trust. */
    public boolean isTrustworthy() {
        return this == SECURED || this == NON_PSA_ROT_DEBUG;
    }

    /** The state of a claim value, or null when the value is outside every state's range. */
    public static SecurityLifecycle of(long value) {
        if (value < 0 || value > 0xffff) {
            return null;
        }
        int major = (int) (value >> 8);
        for (SecurityLifecycle s : values()) {
            if (s.major == major) {
                return s;
            }
        }
        return null;
    }
}
