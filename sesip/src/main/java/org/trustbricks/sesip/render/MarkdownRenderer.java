package org.trustbricks.sesip.render;

import static org.trustbricks.sesip.render.Escape.md;

import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.composition.CompositionReport.Attribution;
import org.trustbricks.sesip.composition.CompositionReport.Link;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.st.SecurityTarget;

/** Renders an ST as Markdown with the same sections as the HTML page; the composition is a Mermaid graph. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(RenderModel m) {
        SecurityTarget st = m.st();
        StringBuilder b = new StringBuilder(16_384);
        b.append("# ").append(md(st.reference().title())).append("\n\n")
                .append("Version ").append(md(st.reference().version())).append(", ").append(md(st.reference().date()))
                .append(" · ").append(md(st.reference().developer())).append(" · SESIP methodology ")
                .append(md(m.resolved().catalogue().edition().name())).append("\n\n");
        b.append("## Validation findings\n\n");
        if (m.validation().findings().isEmpty()) {
            b.append("No findings.\n\n");
        } else {
            table(b, List.of("Code", "Severity", "Where", "Problem", "How to fix"), m.validation().findings().stream()
                    .map((Finding f) -> List.of(f.code(), f.severity().label(), f.path().isEmpty() ? "/" : f.path(), f.message(), f.hint())).toList());
        }
        b.append("## 1 Introduction\n\n### 1.2 Platform reference\n\n");
        table(b, List.of("Item", "Value"), List.of(List.of("Name", st.platform().name()), List.of("Version", st.platform().version()),
                List.of("Identification", st.platform().identification()), List.of("Platform type", st.platform().type())));
        b.append("### 1.3 Included guidance documents\n\n");
        table(b, List.of("Reference", "Title", "Version"), st.guidance().stream().map(g -> List.of(g.id(), g.title(), g.version())).toList());
        if (st.overview() != null) {
            b.append("### 1.5 Functional overview\n\n").append(md(st.overview())).append("\n\n");
        }
        b.append("## 2 Security objectives for the operational environment\n\n");
        table(b, List.of("Objective", "Description", "Guidance"), st.environmentObjectives().stream().map(o -> List.of(o.id(), o.description(),
                o.guidance() == null ? "none given" : o.guidance().document() + ", " + o.guidance().section())).toList());
        if (st.isComposite()) {
            b.append("### 2.2 Inherited objectives\n\n");
            table(b, List.of("Part", "Objective", "Handling", "Covered by", "Passed on to"), m.composition().objectives().stream()
                    .map(o -> List.of(o.part(), o.objective(), o.handling(), String.join(", ", o.coveredBy()), String.join(", ", o.passedOn()))).toList());
        }
        b.append("## 3 Security requirements\n\n### 3.1 Assurance package\n\n").append("Claimed: ")
                .append(md(m.validation().level())).append("\n\n### 3.2 Security functional requirements\n\n");
        for (Claim c : m.resolved().claims()) {
            b.append("#### ").append(md(c.sfr() == null ? c.claim().sfr() : c.sfr().title()))
                    .append(c.claim().iteration() == null ? "" : " — " + md(c.claim().iteration())).append("\n\n");
            c.claim().parameters().keySet().forEach(k -> b.append("- **").append(md(k)).append("**: ")
                    .append(md(String.join("; ", c.claim().values(k)))).append('\n'));
            if (c.claim().providedBy() != null) {
                b.append("- **provided by**: ").append(md(c.claim().providedBy())).append('\n');
            }
            var r = c.claim().rationale();
            b.append("- **how implemented**: ").append(md(r == null ? "not stated" : r.implementation())).append('\n')
                    .append("- **how assessed**: ").append(md(r == null ? "not stated" : r.assessment())).append("\n\n");
        }
        if (st.isComposite()) {
            composition(b, m.composition());
        }
        b.append("## 5 Coverage of market requirements\n\n");
        for (CoverageReport r : m.coverage()) {
            b.append("### ").append(md(r.regulation().name())).append("\n\n").append(r.covered()).append(" covered, ").append(r.partial())
                    .append(" partially, ").append(r.notCovered()).append(" not covered.\n\n");
            table(b, List.of("Requirement", "Status", "By SFR (part)", "Mapping"), r.requirements().stream().map(row -> List.of(
                    row.id() + " " + row.title(), row.status(),
                    String.join("; ", row.matches().stream().map(x -> x.title() + " (" + x.providedBy() + ")").toList()),
                    row.inferred() ? "*inferred*" : row.confidence().label())).toList());
        }
        return b.toString();
    }

    private static void composition(StringBuilder b, CompositionReport c) {
        b.append("## 4 Composition\n\nComposite claim: ").append(md(c.claimedLevel())).append(" (default ").append(md(c.defaultLevel())).append(")\n\n");
        b.append("```mermaid\ngraph TD\n");
        b.append("  platform[\"").append(label(c.product())).append("\"]\n");
        c.parts().forEach(p -> b.append("  p_").append(nodeId(p.id())).append("[\"").append(label(p.name() + " — " + p.level() + " — " + p.status())).append("\"]\n"));
        for (Link l : c.links()) {
            String from = CompositionReport.PLATFORM.equals(l.from()) ? "platform" : "p_" + nodeId(l.from());
            b.append("  ").append(from).append(" --> p_").append(nodeId(l.to())).append('\n');
        }
        b.append("```\n\n");
        table(b, List.of("SFR claim", "Provided by", "Level"), c.attributions().stream()
                .map((Attribution a) -> List.of(a.title(), a.providedBy(), a.level())).toList());
    }

    private static String label(String s) {
        return s.replaceAll("[\"<>`\\[\\]{}|\\n\\r]", " ");
    }

    private static String nodeId(String s) {
        return s.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static void table(StringBuilder b, List<String> headers, List<List<String>> rows) {
        b.append('|');
        headers.forEach(h -> b.append(' ').append(md(h)).append(" |"));
        b.append("\n|");
        headers.forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<String> row : rows) {
            b.append('|');
            row.forEach(cell -> b.append(' ').append(md(cell)).append(" |"));
            b.append('\n');
        }
        b.append('\n');
    }
}
