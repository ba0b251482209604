package org.trustbricks.sesip.composition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.st.LevelClaim;
import org.trustbricks.sesip.st.Part;

/**
 * The level a composite may claim: at most the lowest level of its direct parts unless composition evidence is given,
 * or a mixed claim "SESIPx with SESIPy part(s)" whose higher-level SFRs are delivered by parts certified at that level.
 */
final class LevelRules {

    private LevelRules() {
    }

    static String check(Resolved r, Set<String> direct, Map<String, AssuranceLevel> levels, Attributions.Result attribution,
                        List<Finding> findings) {
        Optional<AssuranceLevel> base = r.baseLevel();
        if (base.isEmpty()) {
            return "";
        }
        String levelPath = r.st().assurance().level() != null ? "/assurance/level" : "/assurance/levels";
        for (int i = 0; i < r.st().parts().size(); i++) {
            Part p = r.st().parts().get(i);
            AssuranceLevel partLevel = levels.get(p.id());
            if (!direct.contains(p.id()) || partLevel == null || partLevel.compareTo(base.get()) >= 0) {
                continue;
            }
            if (p.levelEvidence() != null && !p.levelEvidence().isBlank()) {
                findings.add(Finding.warning(CompositionCodes.LEVEL_RAISED, JsonPointer.of("parts", i, "levelEvidence"),
                        p.id() + " is certified at " + partLevel + " and is used in a " + base.get() + " claim on the strength of composition evidence",
                        "the evaluator must accept that evidence; otherwise claim " + partLevel + " or a mixed claim."));
            } else {
                findings.add(Finding.error(CompositionCodes.LEVEL_TOO_HIGH, levelPath,
                        "the composite claims " + base.get() + " but its part " + p.id() + " is certified only at " + partLevel,
                        "claim " + partLevel + " (the lowest part level), write a mixed claim such as \"" + partLevel + " with "
                                + base.get() + " part(s)\" using assurance.levels, or give composition evidence in the part's levelEvidence."));
            }
        }
        if (r.st().assurance().levels().isEmpty()) {
            return base.get().name();
        }
        return mixed(r, base.get(), levels, attribution, findings);
    }

    private static String mixed(Resolved r, AssuranceLevel base, Map<String, AssuranceLevel> levels,
                                Attributions.Result attribution, List<Finding> findings) {
        Map<String, AssuranceLevel> claimLevel = new HashMap<>();
        Set<AssuranceLevel> higher = new TreeSet<>();
        for (LevelClaim lc : r.st().assurance().levels()) {
            Optional<AssuranceLevel> l = LevelLabels.standard().parse(lc.level(), r.labelScheme()).map(LevelLabel::level);
            if (l.isEmpty()) {
                continue;
            }
            if (l.get().compareTo(base) > 0) {
                higher.add(l.get());
            }
            for (String ref : lc.sfrs()) {
                r.claim(ref).ifPresent(c -> claimLevel.putIfAbsent(c.key(), l.get()));
            }
        }
        for (Claim c : r.claims()) {
            AssuranceLevel at = claimLevel.get(c.key());
            if (at == null || at.compareTo(base) <= 0) {
                continue;
            }
            String provider = attribution.providerByClaim().get(c.key());
            AssuranceLevel providerLevel = levels.get(provider);
            if (CompositionReport.PLATFORM.equals(provider) || providerLevel == null || providerLevel.compareTo(at) < 0) {
                findings.add(Finding.error(CompositionCodes.MIXED_ATTRIBUTION, JsonPointer.of("sfrs", c.index()),
                        "\"" + c.key() + "\" is claimed at " + at + " but is delivered by "
                                + (CompositionReport.PLATFORM.equals(provider) ? "the platform itself, evaluated at " + base
                                : provider + (providerLevel == null ? "" : ", certified at " + providerLevel)),
                        "in a mixed claim, only SFRs delivered by a part certified at the higher level may be claimed at that level."));
            }
        }
        if (higher.isEmpty()) {
            return base.name();
        }
        return base.name() + " with " + String.join(" and ", higher.stream().map(Enum::name).toList()) + " part(s)";
    }
}
