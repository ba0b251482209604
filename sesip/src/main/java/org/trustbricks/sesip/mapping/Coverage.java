package org.trustbricks.sesip.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustbricks.sesip.catalogue.AssuranceComponent;
import org.trustbricks.sesip.catalogue.Confidence;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.internal.Resolved.Claim;
import org.trustbricks.sesip.mapping.CoverageReport.Match;
import org.trustbricks.sesip.mapping.CoverageReport.Row;
import org.trustbricks.sesip.mapping.RegulationMapping.Alternatives;
import org.trustbricks.sesip.mapping.RegulationMapping.Requirement;
import org.trustbricks.sesip.st.SecurityTarget;

/** Computes which requirements of a regulation an ST's claimed SFRs and assurance package address. */
public final class Coverage {

    /** Status of a requirement every part of which is addressed. */
    public static final String COVERED = "covered";
    /** Status of a requirement some part of which is addressed. */
    public static final String PARTIAL = "partial";
    /** Status of a requirement nothing claimed addresses. */
    public static final String NOT_COVERED = "not-covered";

    private Coverage() {
    }

    /** The coverage report of an ST against a regulation. */
    public static CoverageReport report(SecurityTarget st, Regulation regulation) {
        return report(Resolved.of(st), regulation);
    }

    /** The same for an already resolved ST. */
    public static CoverageReport report(Resolved r, Regulation regulation) {
        RegulationMapping mapping = Mappings.of(regulation);
        Set<String> components = components(r);
        List<Row> rows = new ArrayList<>(mapping.requirements().size());
        int covered = 0;
        int partial = 0;
        for (Requirement q : mapping.requirements()) {
            Row row = row(r, q, components);
            rows.add(row);
            if (row.status().equals(COVERED)) {
                covered++;
            } else if (row.status().equals(PARTIAL)) {
                partial++;
            }
        }
        String product = r.st().platform().name() + " " + r.st().platform().version();
        return new CoverageReport(mapping.regulation(), product, covered, partial, rows.size() - covered - partial, rows);
    }

    private static Row row(Resolved r, Requirement q, Set<String> components) {
        List<Match> matches = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        List<String> missing = new ArrayList<>();
        Confidence confidence = Confidence.VERIFIED;
        int met = 0;
        for (Alternatives group : q.addressedBy()) {
            confidence = worst(confidence, group.provenance().confidence());
            boolean groupMet = false;
            for (String sfr : group.anyOf()) {
                for (Claim c : r.claimsOf(sfr)) {
                    groupMet = true;
                    String provider = c.claim().providedBy() == null ? "platform" : c.claim().providedBy();
                    if (matched.add(c.key())) {
                        matches.add(new Match(c.key(), sfr, c.sfr().title(), provider, group.provenance().confidence()));
                    }
                }
            }
            if (groupMet) {
                met++;
            } else {
                missing.add("one of: " + String.join(", ", group.anyOf().stream().map(id -> title(r, id)).toList()));
            }
        }
        List<String> assurance = new ArrayList<>();
        boolean assuranceMet = true;
        for (String a : q.assurance()) {
            confidence = worst(confidence, q.assuranceProvenance().confidence());
            List<String> found = components.stream().filter(c -> c.startsWith(a)).sorted().toList();
            if (found.isEmpty()) {
                assuranceMet = false;
                missing.add("assurance component " + a + " (claim a SESIP level)");
            }
            assurance.addAll(found);
        }
        int parts = q.addressedBy().size() + (q.assurance().isEmpty() ? 0 : 1);
        int partsMet = met + (!q.assurance().isEmpty() && assuranceMet ? 1 : 0);
        String status;
        if (parts == 0 || partsMet == 0) {
            status = NOT_COVERED;
        } else if (partsMet == parts && !"partial".equals(q.scope())) {
            status = COVERED;
        } else {
            status = PARTIAL;
        }
        if (parts == 0) {
            confidence = Confidence.INFERRED;
        }
        return new Row(q.id(), q.title(), status, confidence, !confidence.isSourced(), matches, missing, assurance,
                q.note() == null ? "" : q.note());
    }

    private static Set<String> components(Resolved r) {
        Set<String> out = new HashSet<>();
        r.baseLevel().ifPresent(l -> r.catalogue().level(l).components().stream().map(AssuranceComponent::id).forEach(out::add));
        for (var lc : r.st().assurance().levels()) {
            LevelLabels.standard().parse(lc.level(), r.labelScheme()).map(LevelLabel::level)
                    .ifPresent(l -> r.catalogue().level(l).components().stream().map(AssuranceComponent::id).forEach(out::add));
        }
        return out;
    }

    private static String title(Resolved r, String id) {
        return r.catalogue().sfr(id).map(Sfr::title).orElse(id);
    }

    private static Confidence worst(Confidence a, Confidence b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
