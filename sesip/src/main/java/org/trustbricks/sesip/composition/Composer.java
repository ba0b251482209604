package org.trustbricks.sesip.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.LabelScheme;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.composition.CompositionReport.Link;
import org.trustbricks.sesip.composition.CompositionReport.PartSummary;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.SecurityTarget;

/** Computes a composite platform's attribution, level and inherited-objective coverage from its parts' certificate data. */
public final class Composer {

    private Composer() {
    }

    /** Composes an ST; an ST without parts gives a report where the platform delivers everything. */
    public static CompositionReport compose(SecurityTarget st) {
        return compose(Resolved.of(st));
    }

    /** Composes an already resolved ST. */
    public static CompositionReport compose(Resolved r) {
        SecurityTarget st = r.st();
        String product = st.platform().name() + " " + st.platform().version();
        LocalDate at = PartChecks.date(st.evaluationDate() != null ? st.evaluationDate() : st.reference().date());
        String atText = at == null ? "" : at.toString();
        List<Finding> findings = new ArrayList<>();
        Chains chains = new Chains(st.parts());
        findings.addAll(chains.unknownReferences());
        Optional<List<String>> cycle = chains.cycle();
        if (cycle.isPresent()) {
            findings.add(Finding.error(CompositionCodes.CYCLE, JsonPointer.of("parts", chains.indexOf(cycle.get().get(0)), "uses"),
                    "the parts use each other in a cycle: " + String.join(" → ", cycle.get()),
                    "a part cannot contain itself; fix the uses lists so that the parts form a chain or a tree."));
            return new CompositionReport(product, atText, false, "", "", List.of(), List.of(), List.of(), List.of(), findings);
        }
        Set<String> direct = chains.direct();
        Map<String, AssuranceLevel> levels = new HashMap<>();
        Map<String, Set<String>> certified = new HashMap<>();
        List<PartSummary> summaries = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < st.parts().size(); i++) {
            Part p = st.parts().get(i);
            Optional<LevelLabel> level = partLevel(p);
            level.ifPresent(l -> levels.put(p.id(), l.level()));
            if (level.isEmpty()) {
                findings.add(Finding.error(CompositionCodes.PART_LEVEL_UNKNOWN, JsonPointer.of("parts", i, "certificate", "level"),
                        "\"" + p.certificate().level() + "\" on the certificate of " + p.id() + " is not a SESIP level label",
                        "write the level as on the certificate: SESIP1..5, SESIP1+/2+ (with labelScheme trustcb-v1.2) or ITP1..3."));
            }
            String status = PartChecks.check(p, i, at, findings);
            Set<String> sfrs = new LinkedHashSet<>();
            for (String s : p.certificate().sfrs()) {
                sfrs.add(lookup(r, s).map(Sfr::id).orElse(s));
            }
            certified.put(p.id(), sfrs);
            summaries.add(new PartSummary(p.id(), p.name(), p.version(), p.certificate().id(),
                    level.map(l -> l.level().name()).orElse(""), p.certificate().level(), status, direct.contains(p.id()),
                    p.uses(), List.copyOf(sfrs)));
            if (direct.contains(p.id())) {
                links.add(new Link(CompositionReport.PLATFORM, p.id()));
            }
            p.uses().forEach(u -> links.add(new Link(p.id(), u)));
        }
        Attributions.Result attribution = Attributions.compute(r, chains, levels, certified, findings);
        String claimed = LevelRules.check(r, direct, levels, attribution, findings);
        String defaultLevel = defaultLevel(r, direct, levels);
        var objectives = Objectives.check(r, direct, findings);
        identity(r, direct, findings);
        return new CompositionReport(product, atText, true, defaultLevel, claimed, summaries, attribution.attributions(),
                objectives, links, findings);
    }

    private static String defaultLevel(Resolved r, Set<String> direct, Map<String, AssuranceLevel> levels) {
        Optional<AssuranceLevel> min = r.baseLevel();
        for (String id : direct) {
            AssuranceLevel l = levels.get(id);
            if (l != null) {
                min = Optional.of(min.map(m -> AssuranceLevel.min(m, l)).orElse(l));
            }
        }
        return min.map(Enum::name).orElse("");
    }

    static Optional<LevelLabel> partLevel(Part p) {
        LabelScheme scheme = p.certificate().labelScheme() == null ? LabelScheme.SESIP
                : LabelScheme.find(p.certificate().labelScheme()).orElse(LabelScheme.SESIP);
        return LevelLabels.standard().parse(p.certificate().level(), scheme);
    }

    static Optional<Sfr> lookup(Resolved r, String name) {
        Optional<Sfr> s = r.catalogue().sfr(name);
        return s.isPresent() ? s : Catalogues.current().sfr(name);
    }

    private static void identity(Resolved r, Set<String> direct, List<Finding> findings) {
        if (!r.claims("verification-of-platform-identity") || direct.isEmpty()) {
            return;
        }
        String identification = r.st().platform().identification().toLowerCase(Locale.ROOT);
        for (Part p : r.st().parts()) {
            if (!direct.contains(p.id())) {
                continue;
            }
            boolean named = mentions(identification, p.version()) || mentions(identification, p.identification());
            if (!named) {
                findings.add(Finding.warning(CompositionCodes.IDENTITY_PARTS, "/platform/identification",
                        "the platform identification does not appear to name " + p.id() + " " + p.version(),
                        "in a composite, Verification of Platform Identity must identify every integrated part and its version."));
            }
        }
    }

    private static boolean mentions(String haystack, String needle) {
        return needle != null && !needle.isBlank() && haystack.contains(needle.toLowerCase(Locale.ROOT).strip());
    }
}
