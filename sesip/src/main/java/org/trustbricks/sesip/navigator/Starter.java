package org.trustbricks.sesip.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.ParameterKind;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.catalogue.SfrParameter;
import org.trustbricks.sesip.navigator.Guidance.Recommendation;
import org.trustbricks.sesip.st.Assurance;
import org.trustbricks.sesip.st.FlawRemediation;
import org.trustbricks.sesip.st.GuidanceDocument;
import org.trustbricks.sesip.st.Methodology;
import org.trustbricks.sesip.st.Platform;
import org.trustbricks.sesip.st.Rationale;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.SfrClaim;
import org.trustbricks.sesip.st.StReference;

/** Builds a starter ST: every value still to write is in the specification's {@code <...>} notation. */
final class Starter {

    private Starter() {
    }

    static SecurityTarget build(Catalogue catalogue, List<Recommendation> recs, AssuranceLevel level, LocalDate today) {
        List<SfrClaim> claims = new ArrayList<>();
        for (Recommendation r : recs) {
            Sfr sfr = catalogue.sfr(r.sfr()).orElseThrow();
            Map<String, Object> params = new LinkedHashMap<>();
            for (SfrParameter p : sfr.parameters()) {
                if (p.optional()) {
                    continue;
                }
                String blank = "<" + p.label() + (p.kind() == ParameterKind.SELECTION ? ": " + String.join(" | ", p.choices()) : "") + ">";
                params.put(p.name(), p.kind() == ParameterKind.ASSIGNMENT ? blank : List.of(blank));
            }
            claims.add(new SfrClaim(null, sfr.title(), null, params, null,
                    new Rationale("<how the platform implements it>", "<how that was assessed: testing, another standard, or another party's certificate>")));
        }
        return new SecurityTarget(SecurityTarget.FORMAT,
                new StReference("Security Target for <product name>", "0.1", today.toString(), "<developer organisation>"),
                new Methodology(catalogue.edition().id(), null),
                new Platform("<product name>", "<version>", "<how the product reports its identity and the versions of its parts>", "<device type>"),
                "<one or two pages: what the platform does, its parts, what is in and out of scope>",
                List.of(new GuidanceDocument("AGD-OPE", "<operational user guidance title>", "<version>", "<where customers get it>"),
                        new GuidanceDocument("AGD-PRE", "<preparative procedures title>", "<version>", "<where customers get it>")),
                List.of(), List.of(), List.of(),
                new Assurance(level.name(), List.of(), List.of(),
                        new FlawRemediation("<where users report security flaws>", "<how reports are tracked and fixed in time>",
                                "<how users learn about fixes and updates>", null),
                        level == AssuranceLevel.SESIP1 ? "<which public vulnerability sources were searched, when, and the result>" : null),
                claims, null, List.of(), null);
    }
}
