package org.trustbricks.sesip.composition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.composition.CompositionReport.Attribution;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.internal.Resolved.Claim;

/** Which part delivers each SFR claim, checked against the parts' certificates. */
final class Attributions {

    private Attributions() {
    }

    record Result(List<Attribution> attributions, Map<String, String> providerByClaim) {
    }

    static Result compute(Resolved r, Chains chains, Map<String, AssuranceLevel> levels, Map<String, Set<String>> certified,
                          List<Finding> findings) {
        List<Attribution> out = new ArrayList<>();
        Map<String, String> providers = new HashMap<>();
        String ownLevel = r.baseLevel().map(Enum::name).orElse("");
        Map<String, List<String>> certifiedBy = new HashMap<>();
        certified.forEach((part, sfrs) -> sfrs.forEach(s -> certifiedBy.computeIfAbsent(s, k -> new ArrayList<>()).add(part)));
        certifiedBy.values().forEach(l -> l.sort(null));
        for (Claim c : r.claims()) {
            String sfrId = c.sfr() == null ? "" : c.sfr().id();
            String path = JsonPointer.of("sfrs", c.index(), "providedBy");
            List<String> others = new ArrayList<>(certifiedBy.getOrDefault(sfrId, List.of()));
            String provider = c.claim().providedBy();
            String level = ownLevel;
            if (provider == null) {
                provider = CompositionReport.PLATFORM;
                if (!others.isEmpty()) {
                    findings.add(Finding.info(CompositionCodes.SFR_UNATTRIBUTED, path,
                            "\"" + c.key() + "\" is attributed to the platform itself, though the certificate of "
                                    + String.join(", ", others) + " covers it",
                            "if that part delivers it, write providedBy: " + others.get(0) + "."));
                }
            } else if (!chains.known(provider)) {
                findings.add(Finding.error(CompositionCodes.PROVIDER_UNKNOWN, path,
                        "\"" + provider + "\" is not a part of this ST", "use the id of an entry under parts."));
            } else {
                AssuranceLevel partLevel = levels.get(provider);
                level = partLevel == null ? "" : partLevel.name();
                if (!certified.get(provider).contains(sfrId)) {
                    findings.add(Finding.error(CompositionCodes.SFR_NOT_CERTIFIED, path,
                            "\"" + c.key() + "\" is attributed to " + provider + ", whose certificate does not cover "
                                    + (c.sfr() == null ? c.claim().sfr() : c.sfr().title()),
                            "attribute it to the part whose certificate covers it, or to the platform itself (and evaluate it)."));
                }
                others.remove(provider);
            }
            providers.put(c.key(), provider);
            out.add(new Attribution(c.key(), sfrId, c.claim().sfr(), provider, level, List.copyOf(others)));
        }
        return new Result(out, providers);
    }
}
