package org.trustbricks.sesip.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.MandatoryRule;
import org.trustbricks.sesip.catalogue.Relation;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.st.AdditionalSfr;
import org.trustbricks.sesip.st.Rationale;
import org.trustbricks.sesip.st.SecurityTarget;

/** ASE_REQ.3 rules on the SFR section: catalogue membership, mandatory SFRs, parameters, relations, rationale. */
final class SfrRules {

    private SfrRules() {
    }

    static void check(Resolved r, List<Finding> out) {
        Catalogue catalogue = r.catalogue();
        Map<String, List<Claim>> bySfr = new LinkedHashMap<>();
        for (Claim c : r.claims()) {
            String path = JsonPointer.of("sfrs", c.index());
            if (c.sfr() == null) {
                out.add(Finding.error(Codes.SFR_UNKNOWN, path + "/sfr",
                        "\"" + c.claim().sfr() + "\" is not an SFR of any SESIP catalogue edition",
                        "use the exact title or id from the catalogue; a product-specific requirement belongs in additionalSfrs with a disclaimer."));
                rationale(c.claim().rationale(), path, out);
                continue;
            }
            if (catalogue.sfr(c.sfr().id()).isEmpty()) {
                boolean sure = catalogue.edition().membership().confidence().isSourced();
                out.add(new Finding(Codes.SFR_NOT_IN_EDITION, sure ? Severity.ERROR : Severity.WARNING, path + "/sfr",
                        "\"" + c.sfr().title() + "\" is not in the catalogue of " + catalogue.edition().id()
                                + (sure ? "" : " as far as TrustBricks knows (the SFR list of that edition is inferred)"),
                        "declare the edition that defines it (for example " + Catalogues.DEFAULT_EDITION + ") or move it to additionalSfrs."));
            }
            bySfr.computeIfAbsent(c.sfr().id(), k -> new java.util.ArrayList<>()).add(c);
            ParameterRules.check(c, path, out);
            relations(r, c, path, out);
            rationale(c.claim().rationale(), path, out);
        }
        iterations(bySfr, out);
        mandatory(r, catalogue, out);
        additional(r.st(), catalogue, out);
    }

    private static void relations(Resolved r, Claim c, String path, List<Finding> out) {
        for (Relation rel : c.sfr().implies()) {
            if (!r.claims(rel.sfr())) {
                out.add(Finding.error(Codes.IMPLIED_MISSING, path,
                        "claiming " + c.sfr().title() + " implies " + title(r, rel.sfr()) + ", which the ST does not claim",
                        "add " + title(r, rel.sfr()) + " to the SFRs (relation " + rel.provenance().compact() + ")."));
            }
        }
        for (Relation rel : c.sfr().requires()) {
            if (!r.claims(rel.sfr())) {
                out.add(Finding.error(Codes.REQUIRED_MISSING, path,
                        c.sfr().title() + " requires at least one " + title(r, rel.sfr()) + ", which the ST does not claim",
                        "add " + title(r, rel.sfr()) + " (relation " + rel.provenance().compact() + ")."));
            }
        }
    }

    private static String title(Resolved r, String id) {
        return r.catalogue().sfr(id).map(Sfr::title).orElse(id);
    }

    static void rationale(Rationale rationale, String path, List<Finding> out) {
        if (rationale == null || !Validator.filled(rationale.implementation())) {
            out.add(Finding.error(Codes.RATIONALE_IMPLEMENTATION, path + "/rationale/implementation",
                    "the conformance rationale does not say how the SFR is implemented",
                    "describe the mechanism and, in a composite, which part provides it."));
        }
        if (rationale == null || !Validator.filled(rationale.assessment())) {
            out.add(Finding.error(Codes.RATIONALE_ASSESSMENT, path + "/rationale/assessment",
                    "the conformance rationale does not say how the implementation was assessed",
                    "say whether it was tested, shown to conform to another standard, or relies on another party's evaluation."));
        }
    }

    private static void iterations(Map<String, List<Claim>> bySfr, List<Finding> out) {
        for (List<Claim> group : bySfr.values()) {
            if (group.size() < 2) {
                continue;
            }
            Sfr sfr = group.get(0).sfr();
            if (!sfr.iterable().value()) {
                boolean sure = sfr.iterable().provenance().confidence().isSourced();
                Claim second = group.get(1);
                out.add(new Finding(Codes.SFR_NOT_ITERABLE, sure ? Severity.ERROR : Severity.WARNING,
                        JsonPointer.of("sfrs", second.index()),
                        sfr.title() + " is claimed " + group.size() + " times but is not meant to be iterated"
                                + (sure ? "" : " (TrustBricks' reading of the catalogue)"),
                        "claim it once and cover all cases in its parameters."));
            }
            for (Claim c : group) {
                if (!Validator.filled(c.claim().iteration())) {
                    out.add(Finding.warning(Codes.SFR_ITERATION_UNNAMED, JsonPointer.of("sfrs", c.index(), "iteration"),
                            sfr.title() + " is claimed several times and this claim does not say which iteration it is",
                            "add iteration: a short description (for example the channel or algorithm)."));
                }
            }
        }
    }

    private static void mandatory(Resolved r, Catalogue catalogue, List<Finding> out) {
        for (MandatoryRule rule : catalogue.mandatory()) {
            if (r.claims(rule.sfr())) {
                continue;
            }
            String title = title(r, rule.sfr());
            if (rule.justifiedUnder() == null) {
                out.add(Finding.error(Codes.MANDATORY_IDENTITY, "/sfrs", "every ST must claim " + title + "; this one does not",
                        "add " + title + " as the first SFR; in a composite it must identify every integrated part and its version."));
            } else {
                var flr = r.st().assurance() == null ? null : r.st().assurance().flawRemediation();
                if (flr == null || !Validator.filled(flr.noSecureUpdateJustification())) {
                    out.add(Finding.error(Codes.MANDATORY_UPDATE, "/sfrs",
                            "the ST does not claim " + title + " and gives no " + rule.justifiedUnder() + " justification for leaving it out",
                            "claim " + title + ", or explain under assurance.flawRemediation.noSecureUpdateJustification why field update does not apply (for example an immutable hardware root of trust)."));
                }
            }
        }
    }

    private static void additional(SecurityTarget st, Catalogue catalogue, List<Finding> out) {
        if (st.additionalSfrs() == null || st.additionalSfrs().items().isEmpty()) {
            return;
        }
        if (!Validator.filled(st.additionalSfrs().disclaimer())) {
            out.add(Finding.error(Codes.ADDITIONAL_DISCLAIMER, "/additionalSfrs/disclaimer",
                    "the additional SFRs do not open with the disclaimer that they are not part of SESIP",
                    "add a disclaimer stating that these SFRs are not SESIP catalogue SFRs and other stakeholders may not recognise them."));
        }
        for (int i = 0; i < st.additionalSfrs().items().size(); i++) {
            AdditionalSfr a = st.additionalSfrs().items().get(i);
            String path = JsonPointer.of("additionalSfrs", "items", i);
            if (catalogue.sfr(a.title()).isPresent() || catalogue.sfr(a.id()).isPresent()) {
                out.add(Finding.warning(Codes.ADDITIONAL_IS_CATALOGUE, path + "/title",
                        "\"" + a.title() + "\" is a catalogue SFR but is listed as an additional SFR",
                        "move it to sfrs, where the catalogue definition and parameters apply."));
            }
            rationale(a.rationale(), path, out);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
