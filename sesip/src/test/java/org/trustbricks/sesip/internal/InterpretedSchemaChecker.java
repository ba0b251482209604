package org.trustbricks.sesip.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;

/** The schema checker as first written, interpreting the schema tree per document: the oracle for {@link SchemaChecker}. */
final class InterpretedSchemaChecker {


    private static final int MAX_FINDINGS = 200;

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, JsonNode> refs = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** A checker for a parsed schema document. */
    InterpretedSchemaChecker(JsonNode schema) {
        this.root = schema;
    }

    /** Checks {@code doc}; coerces YAML scalars in place when {@code coerceScalars} is true. */
    public List<Finding> check(JsonNode doc, boolean coerceScalars) {
        List<Finding> out = new ArrayList<>();
        check(doc, root, Loc.ROOT, coerceScalars, out, null, null);
        return out;
    }

    private void check(JsonNode node, JsonNode schema, Loc path, boolean coerce, List<Finding> out,
                       ObjectNode parent, String member) {
        if (out.size() >= MAX_FINDINGS || schema == null || schema.isBoolean()) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            check(node, resolve(ref.asText()), path, coerce, out, parent, member);
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !constant.equals(node)) {
            out.add(Finding.error(SchemaChecker.VALUE, path.toString(), "the value must be " + constant, "write exactly " + constant + "."));
            return;
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null) {
            if (!contains(enumeration, node)) {
                out.add(Finding.error(SchemaChecker.VALUE, path.toString(), "the value " + shorten(node) + " is not one of " + enumeration,
                        "use one of " + enumeration + "."));
            }
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !typeMatches(type, node)) {
            if (coerce && parent != null && allows(type, "string") && (node.isNumber() || node.isBoolean())) {
                node = TextNode.valueOf(node.asText());
                parent.set(member, node);
            } else {
                String expected = type.isArray() ? join(type) : type.asText();
                out.add(Finding.error(SchemaChecker.TYPE, path.toString(), "expected " + article(expected) + " here but found " + describe(node),
                        node.isNull() ? "give this member a value or remove it." : "write " + article(expected) + "."));
                return;
            }
        }
        if (node.isTextual()) {
            checkString(node.asText(), schema, path, out);
        } else if (node.isObject()) {
            checkObject((ObjectNode) node, schema, path, coerce, out);
        } else if (node.isArray()) {
            JsonNode items = schema.get("items");
            for (int i = 0; i < node.size() && items != null; i++) {
                JsonNode item = node.get(i);
                if (coerce && (item.isNumber() || item.isBoolean()) && allowsString(items)) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(item.asText()));
                    item = node.get(i);
                }
                check(item, items, path.child(i), coerce, out, null, null);
            }
        }
    }

    private boolean allowsString(JsonNode schema) {
        JsonNode s = schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
        JsonNode t = s.get("type");
        return t != null && allows(t, "string");
    }

    private void checkString(String s, JsonNode schema, Loc path, List<Finding> out) {
        JsonNode max = schema.get("maxLength");
        if (max != null && s.length() > max.asInt()) {
            out.add(Finding.error(SchemaChecker.VALUE, path.toString(), "the text is longer than " + max.asInt() + " characters", "shorten it."));
        }
        JsonNode min = schema.get("minLength");
        if (min != null && s.length() < min.asInt()) {
            out.add(Finding.error(SchemaChecker.VALUE, path.toString(), "the text is empty", "write a value."));
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null && !patterns.computeIfAbsent(pattern.asText(), Pattern::compile).matcher(s).find()) {
            String description = schema.path("description").asText("the required pattern");
            out.add(Finding.error(SchemaChecker.VALUE, path.toString(), "\"" + shorten(s) + "\" does not have the expected form", "write " + description));
        }
    }

    private void checkObject(ObjectNode node, JsonNode schema, Loc path, boolean coerce, List<Finding> out) {
        JsonNode props = schema.path("properties");
        for (JsonNode req : schema.path("required")) {
            if (!node.has(req.asText())) {
                out.add(Finding.error(SchemaChecker.MISSING, path.child(req.asText()).toString(),
                        "the member \"" + req.asText() + "\" is missing", "add \"" + req.asText() + "\"."));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        JsonNode patternProps = schema.get("patternProperties");
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            Loc childPath = path.child(name);
            if (props.has(name)) {
                check(node.get(name), props.get(name), childPath, coerce, out, node, name);
            } else if (matchesPattern(patternProps, name)) {
                continue;
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(Finding.error(SchemaChecker.UNKNOWN, childPath.toString(), "\"" + shorten(name) + "\" is not a member of this part of a Security Target",
                        "check the spelling against the schema, or prefix extensions with \"x-\"."));
            } else if (additional != null && additional.isObject()) {
                check(node.get(name), additional, childPath, coerce, out, node, name);
            }
        }
    }

    private boolean matchesPattern(JsonNode patternProps, String name) {
        if (patternProps == null) {
            return false;
        }
        Iterator<String> it = patternProps.fieldNames();
        while (it.hasNext()) {
            if (patterns.computeIfAbsent(it.next(), Pattern::compile).matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(String ref) {
        JsonNode cached = refs.get(ref);
        if (cached != null) {
            return cached;
        }
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        refs.put(ref, target);
        return target;
    }

    private static boolean contains(JsonNode values, JsonNode node) {
        for (JsonNode v : values) {
            if (v.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean typeMatches(JsonNode type, JsonNode node) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t.asText(), node)) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(type.asText(), node);
    }

    private static boolean typeMatches(String type, JsonNode node) {
        return switch (type) {
            case "string" -> node.isTextual();
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "boolean" -> node.isBoolean();
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "null" -> node.isNull();
            default -> false;
        };
    }

    private static boolean allows(JsonNode type, String name) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals(name)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals(name);
    }

    private static String join(JsonNode types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.asText()));
        return String.join(" or ", names);
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
