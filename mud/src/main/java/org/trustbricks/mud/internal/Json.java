package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 7951 JSON members that may or may not carry their module prefix. */
public final class Json {

    /** The ACL module name. */
    public static final String ACL = "ietf-access-control-list";
    /** The MUD module name. */
    public static final String MUD = "ietf-mud";
    /** The ACL DNS-name module. */
    public static final String ACLDNS = "ietf-acldns";

    private Json() {
    }

    /** The member {@code name} or {@code module:name}; null when absent or when {@code node} is no object. */
    public static JsonNode get(JsonNode node, String module, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode v = node.get(name);
        return v != null ? v : node.get(qualified(module, name));
    }

    /** Qualified names of the (few, constant) module and member names the rules ask for, made once. */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<String, String>> QUALIFIED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String qualified(String module, String name) {
        return QUALIFIED.computeIfAbsent(module, m -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> module + ":" + n);
    }

    /** The JSON member name actually used for {@code name} in {@code node}, or the plain name. */
    public static String key(JsonNode node, String module, String name) {
        String q = qualified(module, name);
        return node != null && node.has(q) ? q : name;
    }

    /** Elements of an array member (empty when absent or not an array). */
    public static List<JsonNode> array(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    /** Text of a string member, or null. */
    public static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** The identity name without a module prefix. */
    public static String localIdentity(String value) {
        return value == null ? null : value.substring(value.indexOf(':') + 1);
    }
}
