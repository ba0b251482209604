package org.trustbricks.sesip.mapping;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** A regulation or standard that SESIP SFRs are mapped to. */
public enum Regulation {
    /** ETSI EN 303 645, consumer IoT. */
    EN303645("en303645"),
    /** NISTIR 8259A core baseline, US federal. */
    NISTIR8259A("nistir8259a"),
    /** ISA/IEC 62443-4-2, industrial components. */
    IEC62443_4_2("iec62443-4-2"),
    /** EU Cyber Resilience Act, Annex I. */
    CRA("cra");

    private final String id;

    Regulation(String id) {
        this.id = id;
    }

    /** Key used on the command line and in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The regulation for its key (case-insensitive), if any. */
    public static Optional<Regulation> of(String id) {
        for (Regulation r : values()) {
            if (r.id.equalsIgnoreCase(id) || r.name().equalsIgnoreCase(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
