package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How sure TrustBricks is of a fact: the reliability tags of the SESIP reference notes. */
public enum Confidence {
    /** Checked against the cited source text. */
    VERIFIED("V"),
    /** Stated by a third party that cites the primary source. */
    SECONDARY("S"),
    /** TrustBricks' own analysis; a design hypothesis, never an official statement. */
    INFERRED("I"),
    /** From general knowledge; not confirmed in an accessible source. */
    UNVERIFIED("U");

    private final String tag;

    Confidence(String tag) {
        this.tag = tag;
    }

    /** The one-letter tag used in the data files (V, S, I, U). */
    public String tag() {
        return tag;
    }

    /** Lower-case name used in JSON. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for verified and secondary facts, false for inferred or unverified ones. */
    public boolean isSourced() {
        return this == VERIFIED || this == SECONDARY;
    }

    /** The confidence for a one-letter tag. */
    public static Confidence ofTag(String tag) {
        for (Confidence c : values()) {
            if (c.tag.equalsIgnoreCase(tag) || c.label().equalsIgnoreCase(tag)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence tag: " + tag);
    }
}
