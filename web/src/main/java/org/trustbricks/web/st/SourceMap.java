package org.trustbricks.web.st;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.common.Finding;

/**
 * Where each JSON pointer of a YAML or JSON document starts (its line), so that findings can be shown next to
 * the text they point at. Streams the tokens without building a tree; stops quietly at the first syntax error
 * and keeps what it saw until then.
 */
final class SourceMap {

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\(line (\\d+), column \\d+\\)");
    private static final int MAX_TOKENS = 2_000_000;

    private final Map<String, Integer> lines;

    private SourceMap(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Maps the pointers of a document given as text. */
    static SourceMap of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        boolean json = text.stripLeading().startsWith("{");
        try (JsonParser p = factory(json, text.length()).createParser(text)) {
            int tokens = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null && tokens++ < MAX_TOKENS) {
                int line = p.currentTokenLocation().getLineNr();
                String pointer = pointer(p, t);
                lines.putIfAbsent(pointer, line);
            }
        } catch (IOException | RuntimeException e) {
            return new SourceMap(lines);
        }
        return new SourceMap(lines);
    }

    private static String pointer(JsonParser p, JsonToken t) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            var parent = p.getParsingContext().getParent();
            return parent == null ? "" : parent.pathAsPointer().toString();
        }
        return p.getParsingContext().pathAsPointer().toString();
    }

    private static JsonFactory factory(boolean json, int length) {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(length + 1).maxDocumentLength(length + 1L).build();
        if (json) {
            return JsonFactory.builder().streamReadConstraints(limits).build();
        }
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(Math.max(length + 1, 1));
        options.setNestingDepthLimit(64);
        options.setMaxAliasesForCollections(0);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
    }

    /** The line (1-based) a finding points at: its pointer or the nearest enclosing one, else a line in its message; 0 when unknown. */
    int lineOf(Finding f) {
        int stated = lineInMessage(f);
        if (stated > 0) {
            return stated;
        }
        String path = f.path();
        while (!path.isEmpty()) {
            Integer line = lines.get(path);
            if (line != null && line > 0) {
                return line;
            }
            path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
        return 0;
    }

    private static int lineInMessage(Finding f) {
        Matcher m = LINE_IN_MESSAGE.matcher(f.message());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
