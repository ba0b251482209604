package org.trustbricks.sesip.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The fast path of {@link BoundedYaml}: builds the JSON tree straight from SnakeYAML's parser events, typing plain
 * scalars as the Jackson YAML parser does. It handles the documents people write (one document of mappings, lists
 * and untagged scalars) and gives up (returns null) on everything else: anchors, aliases, tags, duplicate keys,
 * complex keys, empty values, non-decimal or underscored integers, long numbers, excessive depth, several documents, syntax errors.
 * The caller then reads the document the slow way, which gives the exact same tree or error.
 */
final class YamlEvents {

    private static final Resolver RESOLVER = new Resolver();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_NUMBER_LENGTH = 64;

    private final LoaderOptions options;
    private final int maxDepth;

    YamlEvents(LoaderOptions options, int maxDepth) {
        this.options = options;
        this.maxDepth = maxDepth;
    }

    /** The tree, or null when the document needs the full reader. */
    JsonNode read(String text) {
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(text), options);
            if (!parser.getEvent().is(Event.ID.StreamStart) || !parser.getEvent().is(Event.ID.DocumentStart)) {
                return null;
            }
            JsonNode root = value(parser, parser.getEvent(), 0);
            if (root == null || !parser.getEvent().is(Event.ID.DocumentEnd) || !parser.getEvent().is(Event.ID.StreamEnd)) {
                return null;
            }
            return root;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JsonNode value(ParserImpl parser, Event event, int depth) {
        if (event instanceof ScalarEvent s) {
            return s.getAnchor() == null && s.getTag() == null ? scalar(s) : null;
        }
        if (event instanceof MappingStartEvent m) {
            return m.getAnchor() == null && m.getTag() == null && depth + 1 <= maxDepth ? mapping(parser, depth + 1) : null;
        }
        if (event instanceof SequenceStartEvent s) {
            return s.getAnchor() == null && s.getTag() == null && depth + 1 <= maxDepth ? sequence(parser, depth + 1) : null;
        }
        return null;
    }

    private ObjectNode mapping(ParserImpl parser, int depth) {
        ObjectNode node = F.objectNode();
        while (true) {
            Event key = parser.getEvent();
            if (key.is(Event.ID.MappingEnd)) {
                return node;
            }
            if (!(key instanceof ScalarEvent k) || k.getAnchor() != null || k.getTag() != null) {
                return null;
            }
            String name = k.getValue();
            if (node.has(name)) {
                return null;
            }
            JsonNode v = value(parser, parser.getEvent(), depth);
            if (v == null) {
                return null;
            }
            node.set(name, v);
        }
    }

    private ArrayNode sequence(ParserImpl parser, int depth) {
        ArrayNode node = F.arrayNode();
        while (true) {
            Event item = parser.getEvent();
            if (item.is(Event.ID.SequenceEnd)) {
                return node;
            }
            JsonNode v = value(parser, item, depth);
            if (v == null) {
                return null;
            }
            node.add(v);
        }
    }

    /** Types an untagged scalar the way the Jackson YAML parser (with its default features) and the slow path do. */
    private static JsonNode scalar(ScalarEvent s) {
        String value = s.getValue();
        if (value.isEmpty()) {
            return null;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, s.getImplicit().canOmitTagInPlainScalar());
        if (tag == Tag.STR) {
            return F.textNode(value);
        }
        if (tag == Tag.INT) {
            return plainDecimal(value) && value.length() <= MAX_NUMBER_LENGTH ? BoundedYaml.numberAsWritten(value) : null;
        }
        if (tag == Tag.FLOAT) {
            return value.length() <= MAX_NUMBER_LENGTH && value.indexOf('_') < 0 ? BoundedYaml.numberAsWritten(value) : null;
        }
        if (tag == Tag.BOOL) {
            Boolean b = bool(value);
            return b == null ? F.textNode(value) : F.booleanNode(b);
        }
        if (tag == Tag.NULL) {
            return F.nullNode();
        }
        return F.textNode(value);
    }

    /** An optional sign and decimal digits, without a leading zero before more digits. */
    private static boolean plainDecimal(String v) {
        int i = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (i == v.length() || (v.charAt(i) == '0' && i + 1 < v.length())) {
            return false;
        }
        for (; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Boolean bool(String value) {
        return switch (value.length()) {
            case 1 -> switch (value.charAt(0)) {
                case 'y', 'Y' -> Boolean.TRUE;
                case 'n', 'N' -> Boolean.FALSE;
                default -> null;
            };
            case 2 -> "no".equalsIgnoreCase(value) ? Boolean.FALSE : "on".equalsIgnoreCase(value) ? Boolean.TRUE : null;
            case 3 -> "yes".equalsIgnoreCase(value) ? Boolean.TRUE : "off".equalsIgnoreCase(value) ? Boolean.FALSE : null;
            case 4 -> "true".equalsIgnoreCase(value) ? Boolean.TRUE : null;
            case 5 -> "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
            default -> null;
        };
    }
}
