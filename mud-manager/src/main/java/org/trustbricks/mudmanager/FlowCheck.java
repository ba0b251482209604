package org.trustbricks.mudmanager;

import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.policy.Decision;

/**
 * The answer to a "what if" question about one flow.
 *
 * @param decision the decision, or null when the inputs could not be read
 * @param findings problems with the inputs
 */
public record FlowCheck(Decision decision, List<Finding> findings) {

    public FlowCheck {
        findings = List.copyOf(findings);
    }
}
