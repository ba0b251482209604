package org.trustbricks.sesip.navigator;

import java.util.List;
import org.trustbricks.sesip.catalogue.AssuranceLevel;
import org.trustbricks.sesip.catalogue.Provenance;

/**
 * A target market: the regulations that apply there and the SESIP level TrustBricks suggests.
 *
 * @param id          key (eu-consumer-iot, industrial-sl2, us-federal, ...)
 * @param name        plain-words name
 * @param regulations regulation keys
 * @param level       suggested level with its provenance
 * @param rationale   why that level
 */
public record Market(String id, String name, List<String> regulations, SuggestedLevel level, String rationale) {

    public Market {
        regulations = List.copyOf(regulations);
    }

    /**
     * A suggested level.
     *
     * @param value      the level
     * @param provenance how sure the suggestion is
     */
    public record SuggestedLevel(AssuranceLevel value, Provenance provenance) {
    }
}
