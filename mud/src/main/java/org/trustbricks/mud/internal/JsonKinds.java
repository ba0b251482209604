package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** How a finding names the kind of JSON value it found: "the string \"x\"", "the number 3", "an array"… */
public final class JsonKinds {

    private JsonKinds() {
    }

    /** The value's kind, with the value itself when it is a scalar. */
    public static String of(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + value;
        }
        if (value.isNumber()) {
            return "the number " + value;
        }
        if (value.isBoolean()) {
            return "the boolean " + value;
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
