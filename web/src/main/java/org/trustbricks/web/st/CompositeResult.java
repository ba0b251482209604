package org.trustbricks.web.st;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.st.StWriter;

/**
 * What the composite builder shows: the composition report, the library's composition section (diagram, parts,
 * attribution) as HTML, and the Security Target the form amounts to, as YAML.
 *
 * @param form        the submitted form
 * @param report      the composition report
 * @param composition the rendered composition section; empty when the composition was rejected
 * @param yaml        the generated ST as YAML
 */
public record CompositeResult(CompositeForm form, CompositionReport report, String composition, String yaml) {

    private static final Pattern PART_PATH = Pattern.compile("^/parts/(\\d+)(/.*)?$");

    /** Composes the form's product; the form is first read back through the published schema, like any uploaded ST. */
    public static CompositeResult of(CompositeForm form) {
        SecurityTarget built = form.toSecurityTarget();
        String yaml = StWriter.yaml(built);
        StReadResult read = Sesip.read(StWriter.json(built).getBytes(StandardCharsets.UTF_8), "composite.json");
        if (!read.complete()) {
            CompositionReport refused = new CompositionReport(built.platform().name(), "", false, "", "",
                    List.of(), List.of(), List.of(), List.of(), read.findings());
            return new CompositeResult(form, refused, "", yaml);
        }
        SecurityTarget st = read.target();
        CompositionReport report = Sesip.compose(st);
        String section = report.complete()
                ? RenderedSections.composition(Sesip.render(st, "", Format.HTML).content()) : "";
        return new CompositeResult(form, report, section, yaml);
    }

    /** Where a finding's path lies, in the words of the form ("Part 2 (rtos): certificate/validUntil"). */
    public String where(String path) {
        Matcher m = PART_PATH.matcher(path);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String id = index < form.parts().size() ? CompositeForm.partId(form.parts().get(index), index) : "?";
            return "Part " + (index + 1) + " (" + id + ")" + (m.group(2) == null ? "" : ": " + m.group(2).substring(1));
        }
        return path.isEmpty() ? "the product" : "the product: " + path.substring(1);
    }
}
