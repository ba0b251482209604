package org.trustbricks.registry.workflow;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * What the workflow needs from a validated Security Target.
 *
 * @param valid     true when no finding is an error
 * @param findings  every finding of the SESIP engine
 * @param level     normalised level claim (SESIP1..5 or a mixed claim)
 * @param edition   methodology edition
 * @param sfrs      the SFRs claimed, as written
 * @param profiles  the profiles claimed
 * @param partIds   certificate ids the ST names for its parts
 * @param components assurance components of the claimed level, each needing verdicts
 * @param compositionFindings the SESIP composition engine's findings for a composite ST (for the CB's review)
 */
public record StSummary(boolean valid, List<Finding> findings, String level, String edition, List<String> sfrs,
                        List<String> profiles, List<String> partIds, List<String> components,
                        List<Finding> compositionFindings) {
}
