package org.trustbricks.mud.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * Reads a MUD file's JSON with exactly the limits, verdicts, messages and tree of {@link UntrustedJson} (size, depth,
 * strict UTF-8, no duplicate member names, no trailing content), without its object mapper: a well-formed document
 * without fractions is built straight from the streaming parser. Anything else (a fraction, an error of any kind) is
 * read again by {@link UntrustedJson}, so its answer is the one given.
 */
public final class StrictJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int maxBytes;
    private final int maxDepth;
    private final JsonFactory factory;
    private volatile UntrustedJson reference;

    private StrictJson(int maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxBytes)
                        .maxNumberLength(64)
                        .maxDocumentLength(maxBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** A reader with the limits of {@code UntrustedJson.withLimits(maxBytes, maxDepth)}. */
    public static StrictJson withLimits(int maxBytes, int maxDepth) {
        return new StrictJson(maxBytes, maxDepth);
    }

    /** The document's tree; the same tree or exception as {@link UntrustedJson#read(byte[])}. */
    public JsonNode read(byte[] bytes) throws MalformedInputException {
        return readWithFacts(bytes, Integer.MAX_VALUE).root();
    }

    /**
     * A document's tree, with the {@link DocumentFacts} its parse gathered on the way (null when they need a walk over
     * the tree: the document was read by the reference reader, or holds an array longer than {@code maxArray}).
     */
    public record Read(JsonNode root, DocumentFacts facts) {
    }

    /** As {@link #read}, gathering the document's facts while parsing (saves {@link DocumentFacts#of}'s walk). */
    public Read readWithFacts(byte[] bytes, int maxArray) throws MalformedInputException {
        if (bytes.length == 0 || bytes.length > maxBytes || !utf8WithoutBom(bytes)) {
            return new Read(reference().read(bytes), null);
        }
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            Facts facts = new Facts(maxArray);
            JsonNode root = first == null ? null : value(parser, first, facts);
            if (root != null && parser.nextToken() == null) {
                return new Read(root, facts.hugeArray ? null : new DocumentFacts(null, false, facts.modules));
            }
        } catch (IOException | RuntimeException e) {
            // read again below, for UntrustedJson's exact message
        }
        return new Read(reference().read(bytes), null);
    }

    /** What the parse learns for {@link DocumentFacts} (a document read here has no fraction: those go to the reference). */
    private static final class Facts {
        private final int maxArray;
        private final Map<String, String> modules = new HashMap<>();
        private boolean hugeArray;

        Facts(int maxArray) {
            this.maxArray = maxArray;
        }

        /** Notes the module prefix of a member name just read, with the pointer of its first use. */
        void member(String name, JsonStreamContext at) {
            int colon = name.indexOf(':');
            if (colon > 0) {
                String module = name.substring(0, colon);
                if (!modules.containsKey(module)) {
                    modules.put(module, pointer(at));
                }
            }
        }

        private static String pointer(JsonStreamContext at) {
            java.util.ArrayDeque<Object> segments = new java.util.ArrayDeque<>();
            for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
                segments.addFirst(c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
            }
            return JsonPointer.of(segments.toArray());
        }
    }

    /** A node, or null when the document needs the reference reader (a fraction). */
    private static JsonNode value(JsonParser parser, JsonToken token, Facts facts) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    facts.member(name, parser.getParsingContext());
                    JsonNode member = value(parser, parser.nextToken(), facts);
                    if (member == null) {
                        yield null;
                    }
                    object.set(name, member);
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    JsonNode element = value(parser, t, facts);
                    if (element == null) {
                        yield null;
                    }
                    array.add(element);
                }
                facts.hugeArray |= array.size() > facts.maxArray;
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> null;
        };
    }

    /** True for UTF-8 without a byte-order mark (checked quickly when the text is ASCII, as MUD files mostly are). */
    private static boolean utf8WithoutBom(byte[] bytes) {
        if (Ascii.isAscii(bytes)) {
            return true;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private UntrustedJson reference() {
        UntrustedJson r = reference;
        if (r == null) {
            r = UntrustedJson.withLimits(maxBytes, maxDepth);
            reference = r;
        }
        return r;
    }
}
