package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the composite handles one environment objective of a part (D.3.2).
 *
 * @param objective id of the part's environment objective
 * @param coveredBy ids of SFR claims of the composite that cover it
 * @param passedOn  ids of the composite's own environment objectives it is passed on to
 * @param rationale why that is enough
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InheritedObjective(String objective, List<String> coveredBy, List<String> passedOn, String rationale) {

    public InheritedObjective {
        coveredBy = coveredBy == null ? List.of() : List.copyOf(coveredBy);
        passedOn = passedOn == null ? List.of() : List.copyOf(passedOn);
    }
}
