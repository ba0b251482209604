package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;

/**
 * Where a fact comes from and how sure we are of it.
 *
 * @param confidence how reliable the fact is
 * @param source     the source id of the SESIP reference notes (for example {@code S1}); empty when none
 */
public record Provenance(Confidence confidence, String source) {

    public Provenance {
        Objects.requireNonNull(confidence, "confidence");
        source = source == null ? "" : source;
    }

    /** Parses the compact data-file form {@code "<tag> <source>"}, for example {@code "V S1"} or {@code "I"}. */
    @JsonCreator
    public static Provenance parse(String compact) {
        String[] parts = compact.trim().split("\\s+", 2);
        return new Provenance(Confidence.ofTag(parts[0]), parts.length > 1 ? parts[1] : "");
    }

    /** The compact form, for example {@code "V S1"}. */
    public String compact() {
        return source.isEmpty() ? confidence.tag() : confidence.tag() + " " + source;
    }

    /** True when the fact is TrustBricks' inference (or unverified) and must be shown as such. */
    public boolean isInferred() {
        return !confidence.isSourced();
    }
}
