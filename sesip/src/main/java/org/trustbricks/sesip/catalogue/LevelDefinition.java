package org.trustbricks.sesip.catalogue;

import java.util.List;

/**
 * An assurance level and the assurance components its package holds.
 *
 * @param level           the level
 * @param name            short name
 * @param attackPotential attack potential resisted
 * @param nature          what the evaluation does, in plain words
 * @param provenance      provenance of the definition
 * @param components      assurance components of the package
 */
public record LevelDefinition(AssuranceLevel level, String name, String attackPotential, String nature,
                              Provenance provenance, List<AssuranceComponent> components) {

    public LevelDefinition {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** True when every component is verified or secondary. */
    public boolean componentsSourced() {
        return components.stream().allMatch(c -> c.provenance().confidence().isSourced())
                && provenance.confidence() == Confidence.VERIFIED;
    }
}
