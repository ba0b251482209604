package org.trustbricks.sesip.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.Severity;

/**
 * The result of validating one Security Target.
 *
 * @param fileName       the name the document was given (may be empty)
 * @param complete       true when the document was read completely and every rule ran; false when reading stopped
 * @param edition        methodology edition the SFRs were checked against (empty when not read)
 * @param level          normalised level claimed (SESIP1..5), or a mixed claim such as "SESIP2 with SESIP3 part(s)"; empty when none
 * @param levelAsWritten the level label exactly as the document wrote it
 * @param findings       every finding, errors first
 */
public record ValidationReport(String fileName, boolean complete, String edition, String level, String levelAsWritten,
                               List<Finding> findings) {

    public ValidationReport {
        fileName = fileName == null ? "" : fileName;
        edition = edition == null ? "" : edition;
        level = level == null ? "" : level;
        levelAsWritten = levelAsWritten == null ? "" : levelAsWritten;
        findings = findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList();
    }

    /** True when the document was read completely and no finding is an error. */
    @JsonProperty
    public boolean valid() {
        return complete && errors() == 0;
    }

    /** Number of error findings. */
    @JsonProperty
    public long errors() {
        return count(Severity.ERROR);
    }

    /** Number of warning findings. */
    @JsonProperty
    public long warnings() {
        return count(Severity.WARNING);
    }

    /** True when some finding has this code. */
    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    private long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
