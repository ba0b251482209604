package org.trustbricks.mud;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * The verdict on one MUD file.
 *
 * @param valid       no finding of error severity (the verdict of the chosen mode)
 * @param schemaValid the file conforms to the YANG modules (the verdict yanglint would give)
 * @param mode        the mode used
 * @param findings    everything found, errors first, each with a JSON-pointer path and a stable code
 */
public record MudReport(boolean valid, boolean schemaValid, Mode mode, List<Finding> findings) {

    public MudReport {
        findings = List.copyOf(findings);
    }

    /** Findings of error severity. */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
