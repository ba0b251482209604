package org.trustbricks.common;

/** How much a finding matters: errors block (exit code 1, submission refused), warnings and notes inform. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case name used in JSON output and on pages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
