package org.trustbricks.sesip.render;

import static org.trustbricks.sesip.render.Escape.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.catalogue.AssuranceComponent;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.composition.CompositionReport.Attribution;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.st.AdditionalSfr;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.SecurityTarget;

/** Renders an ST as one self-contained, accessible HTML page following the layout of the SESIP ST template. */
final class HtmlRenderer {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5;color:#111;background:#fff}
            h1{font-size:1.8rem}h2{border-bottom:2px solid #1a4d8f;padding-bottom:.2rem;margin-top:2.2rem}h3{margin-top:1.6rem}
            table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}thead th{background:#e8eef7}
            .status{font-weight:600;padding:0 .3rem;border-radius:3px}.covered{background:#d7f0d7}.partial{background:#fff0c2}.not-covered{background:#f8d7d4}
            .inferred{font-style:italic}.error{background:#f8d7d4}.warning{background:#fff0c2}.info{background:#e8eef7}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
            svg.composition{max-width:100%;height:auto;display:block;margin:1rem 0}
            @media print{.skip{display:none}}
            """;

    private HtmlRenderer() {
    }

    static String render(RenderModel m) {
        SecurityTarget st = m.st();
        HtmlPage p = new HtmlPage();
        p.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>").text(st.reference().title())
                .raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .raw("<header>\n<h1>").text(st.reference().title()).raw("</h1>\n<p>Version ").text(st.reference().version())
                .raw(", ").text(st.reference().date()).raw(" · ").text(st.reference().developer()).raw(" · SESIP methodology ")
                .text(m.resolved().catalogue().edition().name()).raw("</p>\n</header>\n<main id=\"main\">\n");
        findings(p, m);
        introduction(p, st);
        objectives(p, m);
        requirements(p, m);
        if (st.isComposite()) {
            composition(p, m.composition());
        }
        coverage(p, m.coverage());
        p.raw("</main>\n<footer><p>Rendered by TrustBricks from a Security Target in format trustbricks-sesip-st/1. "
                + "Coverage rows marked <span class=\"inferred\">inferred</span> rest on TrustBricks' own mapping, not on an official one.</p></footer>\n</body>\n</html>\n");
        return p.toString();
    }

    private static void findings(HtmlPage p, RenderModel m) {
        List<Finding> f = m.validation().findings();
        p.heading(2, "findings", "Validation findings");
        if (f.isEmpty()) {
            p.para("No findings: the Security Target passes every TrustBricks check.");
            return;
        }
        p.para(m.validation().errors() + " error(s), " + m.validation().warnings() + " warning(s).");
        p.table("Findings", List.of("Code", "Severity", "Where", "Problem", "How to fix"), f.stream().map(x -> List.of(
                html(x.code()), "<span class=\"status " + x.severity().label() + "\">" + x.severity().label() + "</span>",
                "<code>" + html(x.path().isEmpty() ? "/" : x.path()) + "</code>", html(x.message()), html(x.hint()))).toList());
    }

    private static void introduction(HtmlPage p, SecurityTarget st) {
        p.heading(2, "introduction", "1 Introduction");
        p.heading(3, "st-reference", "1.1 ST reference");
        p.facts("ST reference", List.of(new String[] {"Title", st.reference().title()}, new String[] {"Version", st.reference().version()},
                new String[] {"Date", st.reference().date()}, new String[] {"Developer", st.reference().developer()},
                new String[] {"Methodology edition", st.methodology().edition()}));
        p.heading(3, "platform-reference", "1.2 Platform reference");
        p.facts("Platform reference", List.of(new String[] {"Name", st.platform().name()}, new String[] {"Version", st.platform().version()},
                new String[] {"Identification", st.platform().identification()}, new String[] {"Platform type", st.platform().type()}));
        p.heading(3, "guidance", "1.3 Included guidance documents");
        p.table("Guidance documents", List.of("Reference", "Title", "Version", "Where to get it"), st.guidance().stream()
                .map(g -> List.of(html(g.id()), html(g.title()), html(g.version()), html(g.location()))).toList());
        if (!st.otherCertifications().isEmpty()) {
            p.heading(3, "other-certifications", "1.4 Other certifications");
            p.table("Other certifications", List.of("Scheme", "Certification body", "Certificate", "Date"), st.otherCertifications().stream()
                    .map(c -> List.of(html(c.scheme()), html(c.certificationBody()), html(c.certificateNumber()), html(c.date()))).toList());
        }
        p.heading(3, "overview", "1.5 Functional overview");
        p.para(st.overview() == null ? "No overview given." : st.overview());
    }

    private static void objectives(HtmlPage p, RenderModel m) {
        SecurityTarget st = m.st();
        p.heading(2, "objectives", "2 Security objectives for the operational environment");
        p.heading(3, "own-objectives", "2.1 Objectives of this platform");
        p.table("Environment objectives", List.of("Objective", "Description", "Guidance"), st.environmentObjectives().stream()
                .map(o -> List.of(html(o.id()), html(o.description()), o.guidance() == null ? "<em>none given</em>"
                        : html(o.guidance().document() + ", " + o.guidance().section()))).toList());
        if (!st.isComposite()) {
            return;
        }
        p.heading(3, "inherited-objectives", "2.2 Inherited objectives of evaluated parts");
        for (Part part : st.parts()) {
            var rows = m.composition().objectives().stream().filter(o -> o.part().equals(part.id()))
                    .map(o -> List.of(html(o.objective()), html(o.description()), "<span class=\"status " + statusClass(o.handling()) + "\">"
                            + html(o.handling()) + "</span>", html(String.join(", ", o.coveredBy())), html(String.join(", ", o.passedOn())))).toList();
            p.table("Objectives inherited from " + part.name() + " (" + part.certificate().id() + ")",
                    List.of("Objective", "Description", "Handling", "Covered by SFRs", "Passed on to"), rows);
        }
    }

    private static String statusClass(String handling) {
        return "unhandled".equals(handling) ? "not-covered" : "covered";
    }

    private static void requirements(HtmlPage p, RenderModel m) {
        SecurityTarget st = m.st();
        p.heading(2, "requirements", "3 Security requirements");
        p.heading(3, "assurance", "3.1 Assurance package");
        p.para("Claimed: " + (m.validation().level().isEmpty() ? "no readable level" : m.validation().level())
                + (m.validation().levelAsWritten().isEmpty() || m.validation().levelAsWritten().equals(m.validation().level())
                ? "" : " (written as " + m.validation().levelAsWritten() + ")") + ".");
        m.resolved().baseLevel().ifPresent(l -> p.table("Assurance components of " + l, List.of("Component", "Confidence"),
                m.resolved().catalogue().level(l).components().stream().map((AssuranceComponent c) -> List.of(html(c.id()),
                        html(c.provenance().confidence().label() + (c.provenance().source().isEmpty() ? "" : " (" + c.provenance().source() + ")")))).toList()));
        var flr = st.assurance().flawRemediation();
        if (flr != null) {
            p.facts("Flaw remediation (ALC_FLR.2)", List.of(new String[] {"Reporting channel", flr.reportingChannel()},
                    new String[] {"Handling", flr.handling()}, new String[] {"User notification", flr.userNotification()},
                    new String[] {"Why no Secure Update of Platform", flr.noSecureUpdateJustification()}));
        }
        p.para(st.assurance().vulnerabilitySurvey() == null ? null : "Vulnerability survey (AVA_VAN.1): " + st.assurance().vulnerabilitySurvey());
        p.heading(3, "sfrs", "3.2 Security functional requirements");
        Map<String, Attribution> byClaim = m.composition().attributions().stream()
                .collect(Collectors.toMap(Attribution::claim, a -> a, (a, b) -> a));
        for (Claim c : m.resolved().claims()) {
            sfr(p, c, byClaim.get(c.key()), st.isComposite());
        }
        if (st.additionalSfrs() != null && !st.additionalSfrs().items().isEmpty()) {
            p.heading(3, "additional-sfrs", "3.3 Additional SFRs (not part of SESIP)");
            p.para(st.additionalSfrs().disclaimer());
            for (AdditionalSfr a : st.additionalSfrs().items()) {
                p.heading(4, "add-" + a.id(), a.title());
                p.para(a.description());
                rationale(p, a.rationale() == null ? null : a.rationale().implementation(), a.rationale() == null ? null : a.rationale().assessment());
            }
        }
    }

    private static void sfr(HtmlPage p, Claim c, Attribution a, boolean composite) {
        String title = c.sfr() == null ? c.claim().sfr() : c.sfr().title();
        p.heading(4, "sfr-" + c.key(), title + (c.claim().iteration() == null ? "" : " — " + c.claim().iteration()));
        if (c.sfr() != null) {
            p.para("Clause " + c.sfr().clause() + ": " + c.sfr().description());
        }
        List<List<String>> params = new ArrayList<>();
        c.claim().parameters().keySet().forEach(name -> params.add(List.of(html(name), html(String.join("; ", c.claim().values(name))))));
        if (!params.isEmpty()) {
            p.table("Parameters of " + title, List.of("Parameter", "Value"), params);
        }
        if (composite && a != null) {
            p.para("Provided by: " + (CompositionReport.PLATFORM.equals(a.providedBy()) ? "the platform itself" : a.providedBy())
                    + (a.level().isEmpty() ? "" : " at " + a.level()) + ".");
        }
        rationale(p, c.claim().rationale() == null ? null : c.claim().rationale().implementation(),
                c.claim().rationale() == null ? null : c.claim().rationale().assessment());
    }

    private static void rationale(HtmlPage p, String implementation, String assessment) {
        p.raw("<dl>\n<dt>How it is implemented</dt><dd>").text(implementation == null ? "not stated" : implementation)
                .raw("</dd>\n<dt>How it was assessed</dt><dd>").text(assessment == null ? "not stated" : assessment).raw("</dd>\n</dl>\n");
    }

    private static void composition(HtmlPage p, CompositionReport c) {
        p.heading(2, "composition", "4 Composition");
        p.para("Composite claim: " + c.claimedLevel() + ". By default the composite may claim " + c.defaultLevel()
                + ", the lowest level of its own evaluation and its direct parts. Certificates checked at " + c.evaluationDate() + ".");
        if (c.complete()) {
            p.raw(CompositionDiagram.svg(c)).raw("\n");
        }
        p.table("Parts and their certificates", List.of("Part", "Version", "Certificate", "Level", "Status", "Built on"), c.parts().stream()
                .map(x -> List.of(html(x.name() + " (" + x.id() + ")"), html(x.version()), html(x.certificate()),
                        html(x.level() + (x.levelAsWritten().equals(x.level()) ? "" : " (written " + x.levelAsWritten() + ")")),
                        "<span class=\"status " + ("active".equals(x.status()) ? "covered" : "not-covered") + "\">" + html(x.status()) + "</span>",
                        html(String.join(", ", x.uses())))).toList());
        p.table("Which part provides which SFR", List.of("SFR claim", "Provided by", "Level", "Also covered by certificates of"),
                c.attributions().stream().map(a -> List.of(html(a.title() + (a.claim().equals(a.sfr()) ? "" : " (" + a.claim() + ")")),
                        html(CompositionReport.PLATFORM.equals(a.providedBy()) ? "platform itself" : a.providedBy()), html(a.level()),
                        html(String.join(", ", a.alsoCertifiedBy())))).toList());
    }

    private static void coverage(HtmlPage p, List<CoverageReport> reports) {
        p.heading(2, "coverage", "5 Coverage of market requirements");
        for (CoverageReport r : reports) {
            p.heading(3, "coverage-" + r.regulation().id(), r.regulation().name());
            p.para(r.covered() + " covered, " + r.partial() + " partially, " + r.notCovered() + " not covered. Mapping: "
                    + r.regulation().mappingSource() + " (" + r.regulation().edition() + ").");
            p.table("Coverage of " + r.regulation().name(), List.of("Requirement", "Title", "Status", "By SFR (part)", "Still needed", "Mapping"),
                    r.requirements().stream().map(row -> List.of(html(row.id()), html(row.title()),
                            "<span class=\"status " + row.status() + "\">" + html(row.status().replace('-', ' ')) + "</span>",
                            html(String.join("; ", row.matches().stream().map(x -> x.title() + " (" + x.providedBy() + ")").toList())
                                    + (row.assurance().isEmpty() ? "" : (row.matches().isEmpty() ? "" : "; ") + String.join(", ", row.assurance()))),
                            html(String.join("; ", row.missing())),
                            row.inferred() ? "<span class=\"inferred\">inferred</span>" : html(row.confidence().label()))).toList());
        }
    }
}
