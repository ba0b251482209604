package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.trustbricks.common.Finding;

/**
 * The outcome of reading an ST: the document when it could be read completely, and what was wrong otherwise.
 *
 * @param target   the Security Target; null unless the document matched the schema completely
 * @param findings read and schema findings (empty when {@code target} is present)
 */
public record StReadResult(@JsonIgnore SecurityTarget target, List<Finding> findings) {

    public StReadResult {
        findings = List.copyOf(findings);
    }

    /** The Security Target, present only when it was read completely. */
    public Optional<SecurityTarget> securityTarget() {
        return Optional.ofNullable(target);
    }

    /** True when the document was read and matches the schema. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean complete() {
        return target != null;
    }
}
