package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A previously evaluated part of a composite platform, described by its certificate data.
 *
 * @param id                  key used by SFR claims ({@code providedBy}) and by other parts ({@code uses})
 * @param name                part name
 * @param version             version integrated in this platform
 * @param identification      identification of the integrated part (die revision, git tag, hash...)
 * @param configuration       configuration the part is used in (setting → value)
 * @param certificate         certificate data of the part
 * @param inheritedObjectives how each environment objective of the part is handled (D.3.2)
 * @param uses                ids of other parts this part is itself built on (chains)
 * @param levelEvidence       composition evidence that justifies claiming more than this part's level
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Part(String id, String name, String version, String identification, Map<String, String> configuration,
                   PartCertificate certificate, List<InheritedObjective> inheritedObjectives, List<String> uses,
                   String levelEvidence) {

    public Part {
        configuration = configuration == null ? Map.of() : Map.copyOf(configuration);
        inheritedObjectives = inheritedObjectives == null ? List.of() : List.copyOf(inheritedObjectives);
        uses = uses == null ? List.of() : List.copyOf(uses);
    }
}
