package org.trustbricks.sesip.navigator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.Confidence;
import org.trustbricks.sesip.catalogue.MandatoryRule;
import org.trustbricks.sesip.catalogue.Relation;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.mapping.Mappings;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.mapping.RegulationMapping.Alternatives;
import org.trustbricks.sesip.mapping.RegulationMapping.Requirement;
import org.trustbricks.sesip.navigator.Guidance.Recommendation;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.StWriter;

/** From target markets to the SESIP SFRs and level that address their regulations, the closest profile and a starter ST. */
public final class Navigator {

    private record MarketFile(List<Market> markets) {
    }

    private static final List<Market> MARKETS = load();

    private Navigator() {
    }

    /** Every market the navigator knows. */
    public static List<Market> markets() {
        return MARKETS;
    }

    /** The market with this key. */
    public static Optional<Market> market(String id) {
        return MARKETS.stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Guidance for a non-empty set of markets; the starter ST is dated {@code today}. */
    public static Guidance guide(Collection<Market> markets, LocalDate today) {
        if (markets.isEmpty()) {
            throw new IllegalArgumentException("choose at least one market");
        }
        Catalogue catalogue = Catalogues.current();
        Set<String> regulations = new LinkedHashSet<>();
        markets.forEach(m -> regulations.addAll(m.regulations()));
        Map<String, Pick> picks = new LinkedHashMap<>();
        for (MandatoryRule rule : catalogue.mandatory()) {
            picks.computeIfAbsent(rule.sfr(), k -> new Pick()).add("mandatory in every ST", rule.provenance().confidence());
        }
        for (String key : regulations) {
            Regulation reg = Regulation.of(key).orElseThrow();
            for (Requirement q : Mappings.of(reg).requirements()) {
                for (Alternatives g : q.addressedBy()) {
                    String chosen = g.anyOf().stream().filter(picks::containsKey).findFirst().orElse(g.anyOf().get(0));
                    picks.computeIfAbsent(chosen, k -> new Pick()).add(reg.id() + " " + q.id(), g.provenance().confidence());
                }
            }
        }
        closeOverRelations(catalogue, picks);
        List<Recommendation> recs = new ArrayList<>();
        for (Sfr s : catalogue.sfrs()) {
            Pick p = picks.get(s.id());
            if (p != null) {
                recs.add(new Recommendation(s.id(), s.title(), List.copyOf(p.reasons), p.confidence, !p.confidence.isSourced()));
            }
        }
        Market top = markets.stream().max((a, b) -> a.level().value().compareTo(b.level().value())).orElseThrow();
        AssuranceLevel level = top.level().value();
        String rationale = top.rationale() + " (suggestion: " + top.level().provenance().confidence().label() + ")";
        var profile = ClosestProfile.closest(recs.stream().map(Recommendation::sfr).toList());
        SecurityTarget starter = Starter.build(catalogue, recs, level, today);
        return new Guidance(List.copyOf(markets), List.copyOf(regulations), level.name(), rationale, recs, profile,
                starter, StWriter.yaml(starter));
    }

    private static void closeOverRelations(Catalogue catalogue, Map<String, Pick> picks) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String id : List.copyOf(picks.keySet())) {
                Sfr s = catalogue.sfr(id).orElseThrow();
                List<Relation> needed = new ArrayList<>(s.implies());
                needed.addAll(s.requires());
                for (Relation rel : needed) {
                    if (!picks.containsKey(rel.sfr())) {
                        picks.computeIfAbsent(rel.sfr(), k -> new Pick()).add("needed by " + s.title(), rel.provenance().confidence());
                        changed = true;
                    }
                }
            }
        }
    }

    private static final class Pick {
        final Set<String> reasons = new LinkedHashSet<>();
        Confidence confidence = Confidence.UNVERIFIED;

        void add(String reason, Confidence c) {
            reasons.add(reason);
            if (c.compareTo(confidence) < 0) {
                confidence = c;
            }
        }
    }

    private static List<Market> load() {
        try (InputStream in = Navigator.class.getResourceAsStream("/org/trustbricks/sesip/navigator/markets.yaml")) {
            if (in == null) {
                throw new IllegalStateException("markets resource missing");
            }
            return List.copyOf(new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, MarketFile.class).markets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
