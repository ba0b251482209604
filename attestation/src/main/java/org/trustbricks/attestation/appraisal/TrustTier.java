package org.trustbricks.attestation.appraisal;

import com.fasterxml.jackson.annotation.JsonValue;

/** The AR4SI trust tiers, in increasing order of concern; also the EAR status. */
public enum TrustTier {
    /** No claim made (values -1 to 1). */
    NONE("none"),
    /** Values 2 to 31. */
    AFFIRMING("affirming"),
    /** Values 32 to 95. */
    WARNING("warning"),
    /** Values 96 to 127. */
    CONTRAINDICATED("contraindicated");

    private final String label;

    TrustTier(String label) {
        this.label = label;
    }

    /** The EAR spelling. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The tier of a trustworthiness claim value. */
    public static TrustTier of(int value) {
        if (value >= 96) {
            return CONTRAINDICATED;
        }
        if (value >= 32) {
            return WARNING;
        }
        return value >= 2 ? AFFIRMING : NONE;
    }

    /** The more concerning of two tiers. */
    public TrustTier worst(TrustTier other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
