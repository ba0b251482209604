package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an SFR parameter is filled in an ST. */
public enum ParameterKind {
    /** A free-text value chosen by the developer. */
    ASSIGNMENT,
    /** One or more values picked from the choices the SFR offers. */
    SELECTION,
    /** A list of free-text items. */
    LIST;

    /** Lower-case name used in data and JSON. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for its lower-case name. */
    @JsonCreator
    public static ParameterKind of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
