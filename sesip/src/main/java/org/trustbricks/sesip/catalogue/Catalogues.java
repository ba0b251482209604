package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogues of every known methodology edition, loaded once from resource data. */
public final class Catalogues {

    /** Edition assumed when an ST does not name one it can be matched to. */
    public static final String DEFAULT_EDITION = "GP-1.2";

    private static final List<String> FILES = List.of("gp-1.0.yaml", "gp-1.1.yaml", "gp-1.2.yaml", "en17927-2023.yaml");

    private Catalogues() {
    }

    private record RulesFile(List<MandatoryRule> mandatory, List<MandatoryRule> mandatoryUnlessJustified) {
    }

    private record CatalogueFile(Edition edition, List<SfrGroup> groups, RulesFile rules, List<Sfr> sfrs,
                                 List<LevelDefinition> levels) {
    }

    private record LabelFile(List<SchemeFile> schemes) {
    }

    private record SchemeFile(String id, String name, List<LabelRow> labels) {
    }

    private record LabelRow(String label, AssuranceLevel level, Provenance provenance) {
    }

    private static final class Holder {
        static final Map<String, Catalogue> EDITIONS = loadAll();
        static final LevelLabels LABELS = loadLabels();
    }

    /** Every known edition, oldest first. */
    public static List<Catalogue> all() {
        return List.copyOf(Holder.EDITIONS.values());
    }

    /** Ids of every known edition, oldest first. */
    public static List<String> editionIds() {
        return List.copyOf(Holder.EDITIONS.keySet());
    }

    /** The catalogue of an edition, matched case-insensitively on its id. */
    public static Optional<Catalogue> edition(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Catalogue exact = Holder.EDITIONS.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Holder.EDITIONS.values().stream().filter(c -> c.edition().id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The catalogue of the current GP edition. */
    public static Catalogue current() {
        return Holder.EDITIONS.get(DEFAULT_EDITION);
    }

    static LevelLabels labels() {
        return Holder.LABELS;
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Map<String, Catalogue> loadAll() {
        ObjectMapper mapper = yaml();
        Map<String, Catalogue> result = new LinkedHashMap<>();
        for (String file : FILES) {
            CatalogueFile f = read(mapper, file, CatalogueFile.class);
            List<MandatoryRule> mandatory = new ArrayList<>(f.rules().mandatory());
            mandatory.addAll(f.rules().mandatoryUnlessJustified());
            result.put(f.edition().id(), new Catalogue(f.edition(), f.groups(), mandatory, f.sfrs(), f.levels()));
        }
        return result;
    }

    private static LevelLabels loadLabels() {
        LabelFile f = read(yaml(), "level-labels.yaml", LabelFile.class);
        Map<LabelScheme, List<LevelLabel>> map = new EnumMap<>(LabelScheme.class);
        for (SchemeFile s : f.schemes()) {
            LabelScheme scheme = LabelScheme.of(s.id());
            map.put(scheme, s.labels().stream()
                    .map(r -> new LevelLabel(r.label(), scheme, r.level(), r.provenance())).toList());
        }
        return new LevelLabels(map);
    }

    private static <T> T read(ObjectMapper mapper, String file, Class<T> type) {
        try (InputStream in = Catalogues.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + file);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue resource unreadable: " + file, e);
        }
    }
}
