package org.trustbricks.mud.build;

import java.util.List;
import org.trustbricks.common.Finding;

/** The builder input does not describe a valid MUD file; {@link #findings()} says what and where. */
public final class InvalidMudSpecException extends Exception {

    private final transient List<Finding> findings;

    private InvalidMudSpecException(List<Finding> findings) {
        super(findings.size() + " problem(s) in the MUD description, first: " + findings.get(0).path() + ": "
                + findings.get(0).message(), null, false, false);
        this.findings = List.copyOf(findings);
    }

    /** An exception for a non-empty list of findings. */
    public static InvalidMudSpecException of(List<Finding> findings) {
        return new InvalidMudSpecException(findings);
    }

    /** The problems, with JSON pointers into the spec. */
    public List<Finding> findings() {
        return findings;
    }
}
