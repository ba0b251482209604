package org.trustbricks.web.st;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.st.SecurityTarget;
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

    /** Composes the form's product (the facade checks the assembled ST against the published schema first, like any upload). */
    public static CompositeResult of(CompositeForm form) {
        SecurityTarget built = form.toSecurityTarget();
        CompositionReport report = Sesip.compose(built);
        String page = report.complete() ? Sesip.render(built, Format.HTML).content() : null;
        String section = page == null ? "" : RenderedSections.composition(page);
        return new CompositeResult(form, report, section, StWriter.yaml(built));
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
