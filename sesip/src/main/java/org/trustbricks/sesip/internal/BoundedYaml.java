package org.trustbricks.sesip.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.common.MalformedInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document from untrusted bytes into a JSON tree: size and depth limits, duplicate keys refused,
 * anchors and aliases refused (no alias bombs), a single document only. Plain numbers keep their written text
 * as {@link java.math.BigDecimal}s so they can be turned back into strings exactly.
 */
public final class BoundedYaml {

    private final int maxBytes;
    private final int maxDepth;
    private final YAMLFactory factory;
    private final YamlEvents events;

    /** A reader that accepts at most {@code maxBytes} bytes nested at most {@code maxDepth} levels. */
    public BoundedYaml(int maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(maxDepth + 1);
        options.setCodePointLimit(maxBytes);
        options.setAllowRecursiveKeys(false);
        this.events = new YamlEvents(options, maxDepth);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxStringLength(maxBytes)
                        .maxNumberLength(64)
                        .maxDocumentLength(maxBytes)
                        .build())
                .build();
    }

    /** Parses the bytes as one YAML document. */
    public JsonNode read(byte[] bytes) throws MalformedInputException {
        if (bytes.length > maxBytes) {
            throw new MalformedInputException("the document is larger than the limit of " + maxBytes + " bytes");
        }
        String text = Utf8.decode(bytes);
        JsonNode fast = events.read(text);
        return fast != null ? fast : readWithJackson(text);
    }

    /** The fast path alone: the tree, or null when the document needs the full reader. */
    JsonNode readFast(String text) {
        return events.read(text);
    }

    /** The full reader, through the Jackson YAML parser: every feature, and the exact error of a refused document. */
    JsonNode readWithJackson(String text) throws MalformedInputException {
        try (YAMLParser p = (YAMLParser) factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new MalformedInputException("the document is empty");
            }
            JsonNode root = value(p, first, Loc.ROOT, 0);
            if (p.nextToken() != null) {
                throw new MalformedInputException("the file holds more than one YAML document; a Security Target is one document",
                        "", null);
            }
            return root;
        } catch (MalformedInputException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new MalformedInputException("not valid YAML: " + firstLine(e.getOriginalMessage()) + where(e.getLocation()), "", e);
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("not valid YAML: " + firstLine(String.valueOf(e.getMessage())), "", e);
        }
    }

    private JsonNode value(YAMLParser p, JsonToken token, Loc path, int depth) throws IOException, MalformedInputException {
        if (p.getObjectId() != null) {
            throw new MalformedInputException("YAML anchors (&name) are not accepted; write the value out" + where(p.currentLocation()), path.toString(), null);
        }
        if (p.isCurrentAlias()) {
            throw new MalformedInputException("YAML aliases (*name) are not accepted; write the value out" + where(p.currentLocation()), path.toString(), null);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (token) {
            case START_OBJECT -> object(p, path, depth + 1);
            case START_ARRAY -> array(p, path, depth + 1);
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberAsWritten(p);
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            case VALUE_NULL -> f.nullNode();
            default -> f.textNode(p.getText());
        };
    }

    private static JsonNode numberAsWritten(YAMLParser p) throws IOException {
        return numberAsWritten(p.getText());
    }

    /** A number kept exactly as written (underscores dropped), or its text when it is not a decimal number. */
    static JsonNode numberAsWritten(String written) {
        try {
            return JsonNodeFactory.withExactBigDecimals(true).numberNode(new java.math.BigDecimal(written.replace("_", "")));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(written);
        }
    }

    private ObjectNode object(YAMLParser p, Loc path, int depth) throws IOException, MalformedInputException {
        checkDepth(depth, path);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Loc childPath = path.child(name);
            if (node.has(name)) {
                throw new MalformedInputException("the key \"" + name + "\" appears twice in the same mapping" + where(p.currentLocation()),
                        childPath.toString(), null);
            }
            node.set(name, value(p, p.nextToken(), childPath, depth));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new MalformedInputException("not valid YAML: unexpected end of a mapping", path.toString(), null);
        }
        return node;
    }

    private ArrayNode array(YAMLParser p, Loc path, int depth) throws IOException, MalformedInputException {
        checkDepth(depth, path);
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        JsonToken t;
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new MalformedInputException("not valid YAML: unexpected end of a list", path.toString(), null);
            }
            node.add(value(p, t, path.child(i++), depth));
        }
        return node;
    }

    private void checkDepth(int depth, Loc path) throws MalformedInputException {
        if (depth > maxDepth) {
            throw new MalformedInputException("the document is nested deeper than " + maxDepth + " levels", path.toString(), null);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A position in the document, turned into a JSON pointer only when an error names it. */
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

    /** Strict UTF-8 decoding. */
    static final class Utf8 {
        private Utf8() {
        }

        static String decode(byte[] bytes) throws MalformedInputException {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new MalformedInputException("the document is not UTF-8 text", "", e);
            }
        }
    }
}
