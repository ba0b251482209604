package org.trustbricks.sesip.validation;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.SecurityTarget;

/** Checks a Security Target against the rules evaluators apply (ASE_INT.1, ASE_OBJ.1, ASE_REQ.3, ASE_TSS.1, ALC_FLR.2). */
public final class Validator {

    private Validator() {
    }

    /** Every rule finding for a completely read ST, in document order of the rules. */
    public static List<Finding> check(SecurityTarget st) {
        return check(Resolved.of(st));
    }

    /** The same for an already resolved ST. */
    public static List<Finding> check(Resolved r) {
        List<Finding> out = new ArrayList<>();
        DocumentRules.check(r, out);
        SfrRules.check(r, out);
        AssuranceRules.check(r, out);
        ObjectiveRules.check(r, out);
        return out;
    }

    /** True when a filled value is really filled: not blank and not still in the {@code <...>} notation. */
    static boolean filled(String value) {
        if (value == null) {
            return false;
        }
        String t = value.strip();
        return !t.isEmpty() && !(t.startsWith("<") && t.endsWith(">"));
    }
}
