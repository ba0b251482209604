package org.trustbricks.sesip.mapping;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * Coverage of a document: the report when the ST could be read, the read findings otherwise.
 *
 * @param report   the coverage report; null when the document could not be read completely
 * @param findings read and schema findings (empty when {@code report} is present)
 */
public record CoverageResult(CoverageReport report, List<Finding> findings) {

    public CoverageResult {
        findings = List.copyOf(findings);
    }
}
