package org.trustbricks.web.st;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.validation.ValidationReport;

/**
 * What the "check a Security Target" page shows: the verdict, the document's lines with each finding placed
 * next to the line it points at, and (when the document could be read) its readable rendering.
 *
 * @param report    the validation report
 * @param lines     the document's lines with the findings that point at each; empty when the text is not UTF-8 or too large
 * @param unplaced  findings that point at the document as a whole
 * @param rendering the readable ST (template layout, composition, coverage) as an HTML fragment; empty when unread
 */
public record CheckResult(ValidationReport report, List<Line> lines, List<Finding> unplaced, String rendering) {

    /**
     * One line of the submitted document.
     *
     * @param number   1-based line number
     * @param text     the line as written
     * @param findings findings that point at it
     */
    public record Line(int number, String text, List<Finding> findings) {
    }

    /** Checks a submitted document. */
    public static CheckResult of(byte[] document, String fileName) {
        StReadResult read = Sesip.read(document, fileName);
        ValidationReport report;
        String rendering = "";
        if (read.complete()) {
            report = Sesip.validate(read.target(), fileName);
            String page = Sesip.render(read.target(), Format.HTML).content();
            rendering = page == null ? "" : RenderedSections.withoutFindings(page);
        } else {
            report = new ValidationReport(fileName, false, "", "", "", read.findings());
        }
        String text = document.length > StDocuments.MAX_BYTES ? null : utf8(document);
        if (text == null) {
            return new CheckResult(report, List.of(), report.findings(), rendering);
        }
        SourceMap map = SourceMap.of(text);
        Map<Integer, List<Finding>> byLine = new TreeMap<>();
        List<Finding> unplaced = new ArrayList<>();
        for (Finding f : report.findings()) {
            int line = map.lineOf(f);
            if (line > 0) {
                byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(f);
            } else {
                unplaced.add(f);
            }
        }
        String[] raw = text.split("\r?\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i], byLine.getOrDefault(i + 1, List.of())));
        }
        byLine.keySet().stream().filter(n -> n > raw.length).forEach(n -> unplaced.addAll(byLine.get(n)));
        return new CheckResult(report, lines, unplaced, rendering);
    }

    /** Number of findings placed next to a line. */
    public long placed() {
        return lines.stream().mapToLong(l -> l.findings().size()).sum();
    }

    /** The id of the element that shows a finding, for links from the summary. */
    public static String anchor(int line) {
        return "line-" + line;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
