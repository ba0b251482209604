package org.trustbricks.sesip.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Translates ITP1-3, TrustCB's legacy SESIP1/1+/2/2+/3 and SESIP1-5 labels into {@link AssuranceLevel}s,
 * keeping the label as written.
 */
public final class LevelLabels {

    private final Map<LabelScheme, List<LevelLabel>> byScheme;

    LevelLabels(Map<LabelScheme, List<LevelLabel>> byScheme) {
        this.byScheme = new EnumMap<>(byScheme);
    }

    /** The labels of every scheme, loaded from the resource data. */
    public static LevelLabels standard() {
        return Catalogues.labels();
    }

    /** All labels of a scheme. */
    public List<LevelLabel> labels(LabelScheme scheme) {
        return byScheme.getOrDefault(scheme, List.of());
    }

    /**
     * Reads a label. Labels unique to one scheme (ITP2, SESIP2+, SESIP4) are read in that scheme; a label that
     * exists in several schemes (SESIP2) is read in {@code preferred}, then in the default SESIP scheme.
     */
    public Optional<LevelLabel> parse(String asWritten, LabelScheme preferred) {
        if (asWritten == null) {
            return Optional.empty();
        }
        String key = asWritten.trim().replace(" ", "").toUpperCase(Locale.ROOT);
        Stream<LabelScheme> order = Stream.of(preferred, LabelScheme.SESIP, LabelScheme.TRUSTCB_V1_2, LabelScheme.ITP);
        return order.distinct()
                .flatMap(s -> labels(s).stream())
                .filter(l -> l.asWritten().equals(key))
                .findFirst()
                .map(l -> new LevelLabel(asWritten, l.scheme(), l.level(), l.provenance()));
    }

    /** Reads a label in the default SESIP scheme first. */
    public Optional<LevelLabel> parse(String asWritten) {
        return parse(asWritten, LabelScheme.SESIP);
    }

    /** The label that a scheme uses for a level, if it has one. */
    public Optional<String> labelOf(AssuranceLevel level, LabelScheme scheme) {
        return labels(scheme).stream().filter(l -> l.level() == level).map(LevelLabel::asWritten).findFirst();
    }
}
