package org.trustbricks.sesip.render;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.mapping.Coverage;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.validation.ValidationReport;

/**
 * Everything a rendered page shows.
 *
 * @param st          the Security Target
 * @param resolved    its resolved catalogue and claims
 * @param validation  its validation report
 * @param composition its composition (also for a non-composite: then the platform delivers everything)
 * @param coverage    coverage against every regulation
 */
record RenderModel(SecurityTarget st, Resolved resolved, ValidationReport validation, CompositionReport composition,
                   List<CoverageReport> coverage) {

    static RenderModel of(SecurityTarget st, ValidationReport validation, CompositionReport composition) {
        Resolved r = Resolved.of(st);
        List<CoverageReport> coverage = new ArrayList<>();
        for (Regulation reg : Regulation.values()) {
            coverage.add(Coverage.report(r, reg));
        }
        return new RenderModel(st, r, validation, composition, coverage);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
