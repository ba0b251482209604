package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** A way of writing SESIP levels; the same label can mean different levels in different schemes. */
public enum LabelScheme {
    /** SESIP1..SESIP5 of GP SESIP v1.x and EN 17927 (the default). */
    SESIP("sesip"),
    /** TrustCB's pre-GP "SESIP v1.2" labels SESIP1, 1+, 2, 2+, 3. */
    TRUSTCB_V1_2("trustcb-v1.2"),
    /** TrustCB's pre-GP "SESIP v1.0" labels ITP1..ITP3. */
    ITP("itp");

    private final String id;

    LabelScheme(String id) {
        this.id = id;
    }

    /** Key used in data and JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The scheme for its key. */
    @JsonCreator
    public static LabelScheme of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown label scheme: " + id));
    }

    /** The scheme for its key, if any. */
    public static Optional<LabelScheme> find(String id) {
        for (LabelScheme s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
