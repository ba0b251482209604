package org.trustbricks.sesip.catalogue;

import java.util.Optional;

/** The five SESIP assurance levels, ordered from lowest to highest. */
public enum AssuranceLevel {
    SESIP1, SESIP2, SESIP3, SESIP4, SESIP5;

    /** 1 to 5. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The lower of two levels. */
    public static AssuranceLevel min(AssuranceLevel a, AssuranceLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The level for its canonical name ({@code SESIP1}..{@code SESIP5}), if it is one. */
    public static Optional<AssuranceLevel> ofCanonical(String name) {
        for (AssuranceLevel l : values()) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
