package org.trustbricks.common;

import java.util.Objects;

/**
 * One thing a checker found in a document.
 *
 * @param code     stable identifier (for example {@code ST-PARAM-UNFILLED}); never reworded once published
 * @param severity how much it matters
 * @param path     RFC 6901 JSON pointer (or a YANG data path where the checker speaks YANG) into the document
 * @param message  plain-English statement of the problem
 * @param hint     how to fix it; empty when there is nothing useful to add
 */
public record Finding(String code, Severity severity, String path, String message, String hint) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** An error-severity finding. */
    public static Finding error(String code, String path, String message, String hint) {
        return new Finding(code, Severity.ERROR, path, message, hint);
    }

    /** A warning-severity finding. */
    public static Finding warning(String code, String path, String message, String hint) {
        return new Finding(code, Severity.WARNING, path, message, hint);
    }

    /** An informational finding. */
    public static Finding info(String code, String path, String message, String hint) {
        return new Finding(code, Severity.INFO, path, message, hint);
    }

    /** True when this finding is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
