package org.trustbricks.sesip.st;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.trustbricks.common.JsonPointer;

/**
 * Where each value of a YAML or JSON document starts, by JSON pointer, so that findings can be shown next to the
 * line they are about. Best effort: for a document that cannot be read, the lines read before the problem are kept.
 *
 * @param lines 1-based line of each JSON pointer
 */
public record SourceMap(Map<String, Integer> lines) {

    private static final int MAX_DEPTH = StReader.MAX_DEPTH + 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(limits()).build();

    private static org.yaml.snakeyaml.LoaderOptions limits() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit(StReader.MAX_BYTES);
        o.setNestingDepthLimit(MAX_DEPTH + 1);
        o.setMaxAliasesForCollections(0);
        return o;
    }

    public SourceMap {
        lines = Map.copyOf(lines);
    }

    /** Maps a document; {@code fileName} picks JSON or YAML as {@link StReader} does. */
    public static SourceMap of(byte[] document, String fileName) {
        Map<String, Integer> lines = new HashMap<>();
        if (document == null || document.length == 0 || document.length > StReader.MAX_BYTES) {
            return new SourceMap(lines);
        }
        boolean json = fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        try (JsonParser p = (json ? JSON : YAML).createParser(document)) {
            walk(p, lines);
        } catch (IOException | RuntimeException e) {
            return new SourceMap(lines);
        }
        return new SourceMap(lines);
    }

    /** One open mapping or list and the member or index being read in it. */
    private static final class Frame {
        final boolean array;
        final String pointer;
        int index;
        String field;

        Frame(boolean array, String pointer) {
            this.array = array;
            this.pointer = pointer;
        }

        String child() {
            return JsonPointer.append(pointer, array ? Integer.toString(index++) : field);
        }
    }

    private static void walk(JsonParser p, Map<String, Integer> lines) throws IOException {
        Deque<Frame> frames = new ArrayDeque<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.FIELD_NAME) {
                frames.peekLast().field = p.currentName();
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                frames.removeLast();
                continue;
            }
            String pointer = frames.isEmpty() ? JsonPointer.ROOT : frames.peekLast().child();
            lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (frames.size() >= MAX_DEPTH) {
                    return;
                }
                frames.addLast(new Frame(t == JsonToken.START_ARRAY, pointer));
            }
        }
    }

    /** The line of a pointer, or of its nearest ancestor that is in the document (a missing member points at its parent); 0 when unknown. */
    public int line(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 0;
            }
            p = p.substring(0, slash);
        }
    }
}
