package org.trustbricks.sesip.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The SFR catalogue and assurance levels of one methodology edition; immutable. */
@JsonPropertyOrder({"edition", "groups", "mandatory", "sfrs", "levels"})
public final class Catalogue {

    private final Edition edition;
    private final List<SfrGroup> groups;
    private final List<MandatoryRule> mandatory;
    private final List<Sfr> sfrs;
    private final List<LevelDefinition> levels;
    private final Map<String, Sfr> byKey = new HashMap<>();
    private final Map<AssuranceLevel, LevelDefinition> byLevel = new EnumMap<>(AssuranceLevel.class);

    Catalogue(Edition edition, List<SfrGroup> groups, List<MandatoryRule> mandatory, List<Sfr> sfrs,
              List<LevelDefinition> levels) {
        this.edition = edition;
        this.groups = List.copyOf(groups);
        this.mandatory = List.copyOf(mandatory);
        this.sfrs = List.copyOf(sfrs);
        this.levels = List.copyOf(levels);
        for (Sfr s : sfrs) {
            byKey.put(s.id(), s);
            byKey.put(normalise(s.title()), s);
        }
        for (LevelDefinition l : levels) {
            byLevel.put(l.level(), l);
        }
    }

    /** The edition this catalogue belongs to. */
    @JsonProperty
    public Edition edition() {
        return edition;
    }

    /** Catalogue sections. */
    @JsonProperty
    public List<SfrGroup> groups() {
        return groups;
    }

    /** SFRs every ST must claim (some unless justified). */
    @JsonProperty
    public List<MandatoryRule> mandatory() {
        return mandatory;
    }

    /** All SFRs in clause order. */
    @JsonProperty
    public List<Sfr> sfrs() {
        return sfrs;
    }

    /** The five levels with their assurance components. */
    @JsonProperty
    public List<LevelDefinition> levels() {
        return levels;
    }

    /** Looks an SFR up by id or by exact title (case and spacing ignored). */
    public Optional<Sfr> sfr(String idOrTitle) {
        if (idOrTitle == null) {
            return Optional.empty();
        }
        Sfr s = byKey.get(idOrTitle);
        return Optional.ofNullable(s != null ? s : byKey.get(normalise(idOrTitle)));
    }

    /** The definition of a level. */
    public LevelDefinition level(AssuranceLevel level) {
        return byLevel.get(level);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalise(String title) {
        return SPACES.matcher(title.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
