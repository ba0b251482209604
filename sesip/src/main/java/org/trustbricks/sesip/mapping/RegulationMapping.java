package org.trustbricks.sesip.mapping;

import java.util.List;
import org.trustbricks.sesip.catalogue.Provenance;

/**
 * The mapping of one regulation's requirements to SESIP, as data with provenance.
 *
 * @param regulation   which regulation and edition, and where the mapping comes from
 * @param requirements its requirements and the SESIP SFRs and assurance that address them
 */
public record RegulationMapping(Info regulation, List<Requirement> requirements) {

    public RegulationMapping {
        requirements = List.copyOf(requirements);
    }

    /**
     * Regulation identity.
     *
     * @param id            key (en303645, nistir8259a, iec62443-4-2, cra)
     * @param name          full name
     * @param edition       edition or version the requirement ids follow
     * @param mappingSource who made the mapping
     */
    public record Info(String id, String name, String edition, String mappingSource) {
    }

    /**
     * A requirement of the regulation.
     *
     * @param id                  requirement id in the regulation
     * @param title               short title in TrustBricks' words
     * @param addressedBy         groups of SFRs: each group is met when one of its SFRs is claimed
     * @param assurance           assurance components (or prefixes such as AVA_VAN) that address it
     * @param assuranceProvenance provenance of the assurance link
     * @param scope               {@code partial} when SESIP can address it only in part
     * @param note                remarks
     */
    public record Requirement(String id, String title, List<Alternatives> addressedBy, List<String> assurance,
                              Provenance assuranceProvenance, String scope, String note) {

        public Requirement {
            addressedBy = addressedBy == null ? List.of() : List.copyOf(addressedBy);
            assurance = assurance == null ? List.of() : List.copyOf(assurance);
        }
    }

    /**
     * SFRs any one of which meets a part of a requirement.
     *
     * @param anyOf      catalogue SFR ids
     * @param provenance how sure the link is
     */
    public record Alternatives(List<String> anyOf, Provenance provenance) {

        public Alternatives {
            anyOf = List.copyOf(anyOf);
        }
    }
}
