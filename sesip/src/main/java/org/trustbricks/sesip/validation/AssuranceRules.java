package org.trustbricks.sesip.validation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.catalogue.AssuranceComponent;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.LabelScheme;
import org.trustbricks.sesip.catalogue.LevelDefinition;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.st.Assurance;
import org.trustbricks.sesip.st.FlawRemediation;
import org.trustbricks.sesip.st.LevelClaim;

/** The assurance package: exactly one SESIP level or an unambiguous multi-level claim, plus ALC_FLR.2 evidence. */
final class AssuranceRules {

    private AssuranceRules() {
    }

    static void check(Resolved r, List<Finding> out) {
        Assurance a = r.st().assurance();
        boolean single = a.level() != null;
        boolean multi = !a.levels().isEmpty();
        if (!single && !multi) {
            out.add(Finding.error(Codes.LEVEL_MISSING, "/assurance", "the ST claims no assurance level",
                    "write level: SESIP1..SESIP5, or levels: [...] for a multi-level claim."));
        } else {
            if (single && multi) {
                out.add(Finding.error(Codes.LEVEL_AMBIGUOUS, "/assurance",
                        "the ST gives both a single level and a multi-level claim",
                        "keep level for a single-level claim, or levels (saying which SFRs each level covers), not both."));
            }
            if (single) {
                singleLevel(r, a, out);
            }
            if (multi) {
                multiLevel(r, a, out);
            }
        }
        flawRemediation(a.flawRemediation(), out);
        Optional<AssuranceLevel> base = r.baseLevel();
        if (base.isPresent() && base.get() == AssuranceLevel.SESIP1 && !Validator.filled(a.vulnerabilitySurvey())) {
            out.add(Finding.error(Codes.VULNERABILITY_SURVEY_MISSING, "/assurance/vulnerabilitySurvey",
                    "a SESIP1 ST must embed its AVA_VAN.1 vulnerability survey and its result",
                    "describe which public vulnerability sources were searched, when, and what was found."));
        }
        if (base.isPresent() && base.get().rank() >= 4 && "cc-certificate-import".equals(r.catalogue().edition().sesip4And5())
                && r.st().otherCertifications().isEmpty()) {
            out.add(Finding.warning(Codes.LEVEL_CC_CERTIFICATE, "/otherCertifications",
                    "under " + r.catalogue().edition().id() + ", SESIP4 and SESIP5 reuse a Common Criteria certificate, and none is listed",
                    "list the CC certificate (scheme, certification body, number) under otherCertifications, or declare EN17927-2023, which allows a SESIP-only evaluation."));
        }
    }

    private static void singleLevel(Resolved r, Assurance a, List<Finding> out) {
        Optional<LevelLabel> label = r.level();
        if (label.isEmpty()) {
            out.add(unknownLevel(a.level(), "/assurance/level"));
            return;
        }
        translated(label.get(), "/assurance/level", out);
        if (a.components().isEmpty()) {
            return;
        }
        LevelDefinition def = r.catalogue().level(label.get().level());
        Set<String> expected = new TreeSet<>(def.components().stream().map(AssuranceComponent::id).toList());
        Set<String> given = new TreeSet<>(a.components());
        Set<String> extra = new TreeSet<>(given);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(given);
        if (!extra.isEmpty() || !missing.isEmpty()) {
            boolean sure = def.componentsSourced();
            out.add(new Finding(Codes.SAR_MISMATCH, sure ? Severity.ERROR : Severity.WARNING, "/assurance/components",
                    "the assurance components are not exactly the " + def.level() + " package"
                            + (extra.isEmpty() ? "" : "; added: " + extra) + (missing.isEmpty() ? "" : "; missing: " + missing)
                            + (sure ? "" : " (the " + def.level() + " package is known only with lower confidence)"),
                    "SESIP packages cannot be augmented: list exactly " + expected + ", or leave components out."));
        }
    }

    private static void multiLevel(Resolved r, Assurance a, List<Finding> out) {
        if (a.levels().size() == 1) {
            out.add(Finding.warning(Codes.MULTILEVEL_SINGLE, "/assurance/levels",
                    "the multi-level claim names only one level", "write level: instead of levels: for a single-level claim."));
        }
        Map<String, Integer> assigned = new HashMap<>();
        LabelScheme scheme = r.labelScheme();
        for (int i = 0; i < a.levels().size(); i++) {
            LevelClaim lc = a.levels().get(i);
            String path = JsonPointer.of("assurance", "levels", i);
            Optional<LevelLabel> label = LevelLabels.standard().parse(lc.level(), scheme);
            if (label.isEmpty()) {
                out.add(unknownLevel(lc.level(), path + "/level"));
            } else {
                translated(label.get(), path + "/level", out);
            }
            for (int j = 0; j < lc.sfrs().size(); j++) {
                String ref = lc.sfrs().get(j);
                Optional<Claim> claim = r.claim(ref);
                if (claim.isEmpty()) {
                    out.add(Finding.error(Codes.CLAIM_REFERENCE_UNKNOWN, JsonPointer.of("assurance", "levels", i, "sfrs", j),
                            "\"" + ref + "\" is not an SFR claim of this ST", "use the id (or SFR id) of an entry under sfrs."));
                } else if (assigned.putIfAbsent(claim.get().key(), i) != null) {
                    out.add(Finding.error(Codes.MULTILEVEL_TWICE, JsonPointer.of("assurance", "levels", i, "sfrs", j),
                            "the SFR claim \"" + claim.get().key() + "\" is assigned to more than one level",
                            "assign each SFR claim to exactly one level."));
                }
            }
        }
        Set<String> unassigned = new LinkedHashSet<>();
        for (Claim c : r.claims()) {
            if (!assigned.containsKey(c.key())) {
                unassigned.add(c.key());
                out.add(Finding.error(Codes.MULTILEVEL_UNASSIGNED, JsonPointer.of("sfrs", c.index()),
                        "the multi-level claim does not say at which level \"" + c.key() + "\" is claimed",
                        "list it under exactly one entry of assurance.levels."));
            }
        }
    }

    private static Finding unknownLevel(String label, String path) {
        return Finding.error(Codes.LEVEL_UNKNOWN, path, "\"" + label + "\" is not a SESIP level label",
                "write SESIP1..SESIP5 (legacy SESIP1+/2+ and ITP1..3 are also read).");
    }

    private static void translated(LevelLabel label, String path, List<Finding> out) {
        if (label.scheme() != LabelScheme.SESIP || !label.asWritten().equals(label.level().name())) {
            out.add(Finding.info(Codes.LEVEL_LABEL_TRANSLATED, path,
                    "\"" + label.asWritten() + "\" (" + label.scheme().id() + " labels) is read as " + label.level()
                            + (label.provenance().isInferred() ? " (TrustBricks' inference)" : ""),
                    "write " + label.level() + " to use the current labels."));
        }
    }

    private static void flawRemediation(FlawRemediation f, List<Finding> out) {
        String base = "/assurance/flawRemediation";
        if (f == null) {
            out.add(Finding.error(Codes.FLR_INCOMPLETE, base, "the ST gives no flaw-remediation (ALC_FLR.2) evidence",
                    "say where users report flaws, how reports are handled in time, and how users learn about fixes."));
            return;
        }
        if (!Validator.filled(f.reportingChannel())) {
            out.add(Finding.error(Codes.FLR_INCOMPLETE, base + "/reportingChannel", "the ST does not say where users report security flaws",
                    "give the public reporting channel (address or web form)."));
        }
        if (!Validator.filled(f.handling())) {
            out.add(Finding.error(Codes.FLR_INCOMPLETE, base + "/handling", "the ST does not say how flaw reports are tracked and fixed",
                    "describe tracking and timely correction of reported flaws."));
        }
        if (!Validator.filled(f.userNotification())) {
            out.add(Finding.error(Codes.FLR_INCOMPLETE, base + "/userNotification", "the ST does not say how users learn about fixes",
                    "describe how fixes, updates and guidance changes reach users."));
        }
    }
}
