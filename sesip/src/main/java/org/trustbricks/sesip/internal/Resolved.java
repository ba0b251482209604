package org.trustbricks.sesip.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.LabelScheme;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.catalogue.Sfr;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.SfrClaim;

/** An ST with its catalogue, level and SFR claims looked up once, shared by the checkers. */
public final class Resolved {

    /** One SFR claim and the catalogue SFR it names (null when unknown). */
    public record Claim(int index, SfrClaim claim, Sfr sfr, String key) {
    }

    private final SecurityTarget st;
    private final Catalogue catalogue;
    private final boolean editionKnown;
    private final LabelScheme labelScheme;
    private final Optional<LevelLabel> level;
    private final List<Claim> claims;
    private final Map<String, Claim> byKey;
    private final Set<String> claimedSfrIds;
    private final Map<String, List<Claim>> bySfrId;

    private Resolved(SecurityTarget st) {
        this.st = st;
        String edition = st.methodology() == null ? null : st.methodology().edition();
        Optional<Catalogue> c = Catalogues.edition(edition);
        this.editionKnown = c.isPresent();
        this.catalogue = c.orElse(Catalogues.current());
        String scheme = st.methodology() == null ? null : st.methodology().labelScheme();
        this.labelScheme = scheme == null ? LabelScheme.SESIP : LabelScheme.find(scheme).orElse(LabelScheme.SESIP);
        this.level = st.assurance() == null ? Optional.empty() : LevelLabels.standard().parse(st.assurance().level(), labelScheme);
        List<Claim> list = new ArrayList<>();
        Map<String, Claim> keys = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Map<String, List<Claim>> bySfr = new HashMap<>();
        for (int i = 0; i < st.sfrs().size(); i++) {
            SfrClaim claim = st.sfrs().get(i);
            Sfr sfr = lookup(claim.sfr());
            String key = claim.id() != null && !claim.id().isBlank() ? claim.id() : (sfr != null ? sfr.id() : claim.sfr());
            Claim resolved = new Claim(i, claim, sfr, key);
            list.add(resolved);
            keys.putIfAbsent(key, resolved);
            if (sfr != null) {
                ids.add(sfr.id());
                bySfr.computeIfAbsent(sfr.id(), k -> new ArrayList<>()).add(resolved);
                keys.putIfAbsent(sfr.id(), resolved);
                keys.putIfAbsent(sfr.title(), resolved);
            }
        }
        this.claims = Collections.unmodifiableList(list);
        this.byKey = keys;
        this.claimedSfrIds = Collections.unmodifiableSet(ids);
        this.bySfrId = bySfr;
    }

    /** Resolves an ST. */
    public static Resolved of(SecurityTarget st) {
        return new Resolved(st);
    }

    private Sfr lookup(String name) {
        Optional<Sfr> s = catalogue.sfr(name);
        if (s.isPresent()) {
            return s.get();
        }
        for (Catalogue other : Catalogues.all()) {
            Optional<Sfr> o = other.sfr(name);
            if (o.isPresent()) {
                return o.get();
            }
        }
        return null;
    }

    public SecurityTarget st() {
        return st;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public boolean editionKnown() {
        return editionKnown;
    }

    public LabelScheme labelScheme() {
        return labelScheme;
    }

    /** The single level claimed, when the ST claims one that can be read. */
    public Optional<LevelLabel> level() {
        return level;
    }

    /** The level of the ST's own evaluation: the single level, or the lowest level of a multi-level claim. */
    public Optional<AssuranceLevel> baseLevel() {
        if (level.isPresent()) {
            return level.map(LevelLabel::level);
        }
        if (st.assurance() == null) {
            return Optional.empty();
        }
        return st.assurance().levels().stream()
                .map(l -> LevelLabels.standard().parse(l.level(), labelScheme))
                .flatMap(Optional::stream).map(LevelLabel::level).min(Enum::compareTo);
    }

    public List<Claim> claims() {
        return claims;
    }

    /** The claim with this key, SFR id or SFR title. */
    public Optional<Claim> claim(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** True when some claim names this catalogue SFR id. */
    public boolean claims(String sfrId) {
        return claimedSfrIds.contains(sfrId);
    }

    /** The claims of one catalogue SFR id, in document order. */
    public List<Claim> claimsOf(String sfrId) {
        return bySfrId.getOrDefault(sfrId, List.of());
    }

    /** Catalogue ids of every SFR claimed. */
    public Set<String> claimedSfrIds() {
        return claimedSfrIds;
    }
}
