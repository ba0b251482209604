package org.trustbricks.sesip.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One schema object of the ST schema turned into fields once, so that checking a document reads fields instead of
 * looking keywords up in a JSON tree for every value. References are resolved at compile time (cycles allowed).
 */
final class CompiledSchema {

    static final int STRING = 1;
    static final int OBJECT = 2;
    static final int ARRAY = 4;
    static final int BOOLEAN = 8;
    static final int INTEGER = 16;
    static final int NUMBER = 32;
    static final int NULL = 64;

    /** A boolean schema ({@code true}/{@code false}) or a missing one: nothing is checked. */
    boolean ignored;
    CompiledSchema ref;
    JsonNode constant;
    String constantText;
    List<JsonNode> enumeration;
    String enumerationText;
    /** Allowed types as a bit set; 0 when the schema names no type. */
    int types;
    /** The expected type as the finding words it ("string", "string or array"). */
    String expectedType;
    int maxLength = -1;
    int minLength = -1;
    Pattern pattern;
    String patternDescription;
    boolean object;
    Map<String, CompiledSchema> properties = Map.of();
    List<String> required = List.of();
    List<Pattern> patternProperties;
    boolean additionalForbidden;
    CompiledSchema additional;
    CompiledSchema items;
    /** Whether array items may be coerced to text: the item schema (or its reference) allows a string. */
    boolean itemsAllowString;

    private CompiledSchema() {
    }

    /** Compiles the root of a schema document; only local references ({@code #/...}) are supported. */
    static CompiledSchema compile(JsonNode root) {
        return new Compiler(root).compile(root);
    }

    private static final class Compiler {
        private final JsonNode root;
        private final Map<JsonNode, CompiledSchema> done = new IdentityHashMap<>();
        private final Map<String, Pattern> patterns = new HashMap<>();

        Compiler(JsonNode root) {
            this.root = root;
        }

        CompiledSchema compile(JsonNode schema) {
            CompiledSchema known = done.get(schema);
            if (known != null) {
                return known;
            }
            CompiledSchema c = new CompiledSchema();
            done.put(schema, c);
            if (schema == null || schema.isMissingNode() || schema.isBoolean()) {
                c.ignored = true;
                return c;
            }
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                c.ref = compile(resolve(ref.asText()));
            }
            c.constant = schema.get("const");
            c.constantText = c.constant == null ? null : c.constant.toString();
            JsonNode enumeration = schema.get("enum");
            if (enumeration != null) {
                c.enumeration = new ArrayList<>();
                enumeration.forEach(c.enumeration::add);
                c.enumerationText = enumeration.toString();
            }
            JsonNode type = schema.get("type");
            if (type != null) {
                List<String> names = new ArrayList<>();
                if (type.isArray()) {
                    type.forEach(t -> names.add(t.asText()));
                } else {
                    names.add(type.asText());
                }
                names.forEach(n -> c.types |= bit(n));
                c.expectedType = type.isArray() ? String.join(" or ", names) : type.asText();
            }
            c.maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : -1;
            c.minLength = schema.has("minLength") ? schema.get("minLength").asInt() : -1;
            if (schema.has("pattern")) {
                c.pattern = pattern(schema.get("pattern").asText());
                c.patternDescription = schema.path("description").asText("the required pattern");
            }
            properties(schema, c);
            JsonNode items = schema.get("items");
            if (items != null) {
                c.items = compile(items);
                JsonNode s = items.has("$ref") ? resolve(items.get("$ref").asText()) : items;
                c.itemsAllowString = s.has("type") && (bit(s.get("type")) & STRING) != 0;
            }
            return c;
        }

        private void properties(JsonNode schema, CompiledSchema c) {
            JsonNode props = schema.get("properties");
            if (props != null) {
                Map<String, CompiledSchema> compiled = new HashMap<>();
                props.fieldNames().forEachRemaining(name -> compiled.put(name, compile(props.get(name))));
                c.properties = compiled;
            }
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            c.required = List.copyOf(required);
            JsonNode patternProps = schema.get("patternProperties");
            if (patternProps != null) {
                List<Pattern> list = new ArrayList<>();
                patternProps.fieldNames().forEachRemaining(p -> list.add(pattern(p)));
                c.patternProperties = List.copyOf(list);
            }
            JsonNode additional = schema.get("additionalProperties");
            c.additionalForbidden = additional != null && additional.isBoolean() && !additional.asBoolean();
            c.additional = additional != null && additional.isObject() ? compile(additional) : null;
        }

        private Pattern pattern(String regex) {
            return patterns.computeIfAbsent(regex, Pattern::compile);
        }

        private JsonNode resolve(String ref) {
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            return root.at(ref.substring(1));
        }
    }

    private static int bit(JsonNode type) {
        if (type.isArray()) {
            int bits = 0;
            for (JsonNode t : type) {
                bits |= bit(t.asText());
            }
            return bits;
        }
        return bit(type.asText());
    }

    private static int bit(String type) {
        return switch (type) {
            case "string" -> STRING;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "boolean" -> BOOLEAN;
            case "integer" -> INTEGER;
            case "number" -> NUMBER;
            case "null" -> NULL;
            default -> 0;
        };
    }

    /** Whether a value has one of the allowed types (JSON Schema: an integer is also a number). */
    boolean typeMatches(JsonNode node) {
        return ((types & STRING) != 0 && node.isTextual())
                || ((types & OBJECT) != 0 && node.isObject())
                || ((types & ARRAY) != 0 && node.isArray())
                || ((types & BOOLEAN) != 0 && node.isBoolean())
                || ((types & INTEGER) != 0 && node.isIntegralNumber())
                || ((types & NUMBER) != 0 && node.isNumber())
                || ((types & NULL) != 0 && node.isNull());
    }

    boolean matchesPatternProperty(String name) {
        if (patternProperties == null) {
            return false;
        }
        for (Pattern p : patternProperties) {
            if (p.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }
}
