package org.trustbricks.sesip.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;

/**
 * Checks a document against the subset of JSON Schema draft 2020-12 that the ST schema uses (type, const, enum,
 * properties, required, additionalProperties, patternProperties, items, pattern, minLength, maxLength, $ref to
 * $defs) and reports every violation with its JSON pointer. With scalar coercion on (YAML input), a number or
 * boolean found where a string is expected is replaced by its text, as YAML authors write {@code version: 1.2}.
 * Thread-safe: one instance may check many documents at once.
 */
public final class SchemaChecker {

    /** Code of a missing required member. */
    public static final String MISSING = "ST-SCHEMA-MISSING";
    /** Code of a value of the wrong type. */
    public static final String TYPE = "ST-SCHEMA-TYPE";
    /** Code of a member the format does not define. */
    public static final String UNKNOWN = "ST-SCHEMA-UNKNOWN-MEMBER";
    /** Code of a value outside the allowed values or pattern. */
    public static final String VALUE = "ST-SCHEMA-VALUE";

    private static final int MAX_FINDINGS = 200;

    private final CompiledSchema root;

    /** A position in the document, turned into a JSON pointer only when a finding needs it. */
    private record Loc(Loc parent, Object segment) {
        static final Loc ROOT = new Loc(null, null);

        Loc child(Object s) {
            return new Loc(this, s);
        }

        @Override
        public String toString() {
            return parent == null ? "" : JsonPointer.append(parent.toString(), segment);
        }
    }

    /** A checker for a parsed schema document, compiled once. */
    public SchemaChecker(JsonNode schema) {
        this.root = CompiledSchema.compile(schema);
    }

    /** Checks {@code doc}; coerces YAML scalars in place when {@code coerceScalars} is true. */
    public List<Finding> check(JsonNode doc, boolean coerceScalars) {
        List<Finding> out = new ArrayList<>();
        check(doc, root, Loc.ROOT, coerceScalars, out, null, null);
        return out;
    }

    private void check(JsonNode node, CompiledSchema schema, Loc path, boolean coerce, List<Finding> out,
                       ObjectNode parent, String member) {
        if (out.size() >= MAX_FINDINGS || schema.ignored) {
            return;
        }
        if (schema.ref != null) {
            check(node, schema.ref, path, coerce, out, parent, member);
        }
        if (schema.constant != null && !schema.constant.equals(node)) {
            out.add(Finding.error(VALUE, path.toString(), "the value must be " + schema.constantText,
                    "write exactly " + schema.constantText + "."));
            return;
        }
        if (schema.enumeration != null) {
            if (!contains(schema.enumeration, node)) {
                out.add(Finding.error(VALUE, path.toString(), "the value " + shorten(node) + " is not one of " + schema.enumerationText,
                        "use one of " + schema.enumerationText + "."));
            }
            return;
        }
        if (schema.expectedType != null && !schema.typeMatches(node)) {
            if (coerce && parent != null && (schema.types & CompiledSchema.STRING) != 0 && (node.isNumber() || node.isBoolean())) {
                node = TextNode.valueOf(node.asText());
                parent.set(member, node);
            } else {
                String expected = schema.expectedType;
                out.add(Finding.error(TYPE, path.toString(), "expected " + article(expected) + " here but found " + describe(node),
                        node.isNull() ? "give this member a value or remove it." : "write " + article(expected) + "."));
                return;
            }
        }
        if (node.isTextual()) {
            checkString(node.textValue(), schema, path, out);
        } else if (node.isObject()) {
            checkObject((ObjectNode) node, schema, path, coerce, out);
        } else if (node.isArray() && schema.items != null) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (coerce && (item.isNumber() || item.isBoolean()) && schema.itemsAllowString) {
                    item = TextNode.valueOf(item.asText());
                    array.set(i, item);
                }
                check(item, schema.items, path.child(i), coerce, out, null, null);
            }
        }
    }

    private static void checkString(String s, CompiledSchema schema, Loc path, List<Finding> out) {
        if (schema.maxLength >= 0 && s.length() > schema.maxLength) {
            out.add(Finding.error(VALUE, path.toString(), "the text is longer than " + schema.maxLength + " characters", "shorten it."));
        }
        if (schema.minLength >= 0 && s.length() < schema.minLength) {
            out.add(Finding.error(VALUE, path.toString(), "the text is empty", "write a value."));
        }
        if (schema.pattern != null && !schema.pattern.matcher(s).find()) {
            out.add(Finding.error(VALUE, path.toString(), "\"" + shorten(s) + "\" does not have the expected form",
                    "write " + schema.patternDescription));
        }
    }

    private void checkObject(ObjectNode node, CompiledSchema schema, Loc path, boolean coerce, List<Finding> out) {
        for (String req : schema.required) {
            if (!node.has(req)) {
                out.add(Finding.error(MISSING, path.child(req).toString(), "the member \"" + req + "\" is missing", "add \"" + req + "\"."));
            }
        }
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        node.fields().forEachRemaining(members::add);
        for (Map.Entry<String, JsonNode> e : members) {
            String name = e.getKey();
            CompiledSchema property = schema.properties.get(name);
            if (property != null) {
                check(e.getValue(), property, path.child(name), coerce, out, node, name);
            } else if (schema.matchesPatternProperty(name)) {
                continue;
            } else if (schema.additionalForbidden) {
                out.add(Finding.error(UNKNOWN, path.child(name).toString(), "\"" + shorten(name) + "\" is not a member of this part of a Security Target",
                        "check the spelling against the schema, or prefix extensions with \"x-\"."));
            } else if (schema.additional != null) {
                check(e.getValue(), schema.additional, path.child(name), coerce, out, node, name);
            }
        }
    }

    private static boolean contains(List<JsonNode> values, JsonNode node) {
        for (JsonNode v : values) {
            if (v.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping (object)";
            case "array" -> "a list";
            case "string" -> "a text value";
            case "string or array" -> "a text value or a list of text values";
            default -> "a " + type;
        };
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "nothing (null)";
        }
        if (node.isObject()) {
            return "a mapping (object)";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text \"" + shorten(node.asText()) + "\"";
        }
        return (node.isBoolean() ? "the boolean " : "the number ") + node.asText();
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
