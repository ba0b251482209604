package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The assurance package (D.4.1): one SESIP level, or a multi-level claim.
 *
 * @param level               the level claimed, as written (SESIP3, SESIP2+, ITP2...)
 * @param components          optional explicit list of assurance components; must equal the level's package
 * @param levels              multi-level claim: which SFR claims each level covers
 * @param flawRemediation     ALC_FLR.2 evidence
 * @param vulnerabilitySurvey AVA_VAN.1 self-assessment at SESIP1: the survey done and its result
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assurance(String level, List<String> components, List<LevelClaim> levels,
                        FlawRemediation flawRemediation, String vulnerabilitySurvey) {

    public Assurance {
        components = components == null ? List.of() : List.copyOf(components);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
