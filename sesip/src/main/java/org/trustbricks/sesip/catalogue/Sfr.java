package org.trustbricks.sesip.catalogue;

import java.util.List;

/**
 * One Security Functional Requirement of the SESIP catalogue.
 *
 * @param id           stable key (kebab-case of the title)
 * @param clause       clause number in the methodology
 * @param title        exact title
 * @param group        id of its {@link SfrGroup}
 * @param description  what it requires, in TrustBricks' own words
 * @param provenance   provenance of the title, clause, group and description
 * @param iterable     whether an ST may claim it several times (for example per channel)
 * @param parameters   fields the ST fills
 * @param implies      SFRs that claiming this one implies
 * @param requires     SFRs that must also be claimed
 * @param introducedIn edition that introduced it, when known
 */
public record Sfr(String id, String clause, String title, String group, String description, Provenance provenance,
                  Flag iterable, List<SfrParameter> parameters, List<Relation> implies, List<Relation> requires,
                  Introduction introducedIn) {

    public Sfr {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        implies = implies == null ? List.of() : List.copyOf(implies);
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** The parameter with this name, or null. */
    public SfrParameter parameter(String name) {
        for (SfrParameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
