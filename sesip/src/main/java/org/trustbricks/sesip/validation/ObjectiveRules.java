package org.trustbricks.sesip.validation;

import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.EnvironmentObjective;
import org.trustbricks.sesip.st.SecurityTarget;

/** Every objective for the operational environment points precisely into a listed guidance document (D.3.1). */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    static void check(Resolved r, List<Finding> out) {
        SecurityTarget st = r.st();
        for (int i = 0; i < st.environmentObjectives().size(); i++) {
            EnvironmentObjective o = st.environmentObjectives().get(i);
            String path = JsonPointer.of("environmentObjectives", i, "guidance");
            if (o.guidance() == null || !Validator.filled(o.guidance().section())) {
                out.add(Finding.error(Codes.ENV_GUIDANCE_MISSING, path,
                        "the environment objective " + o.id() + " does not say where the guidance explains it",
                        "add guidance: {document: <guidance id>, section: <section>} pointing at the exact section integrators must follow."));
            } else if (st.guidance().stream().noneMatch(g -> g.id().equals(o.guidance().document()))) {
                out.add(Finding.error(Codes.ENV_GUIDANCE_UNKNOWN, JsonPointer.append(path, "document"),
                        "the environment objective " + o.id() + " refers to guidance \"" + o.guidance().document()
                                + "\", which is not in the guidance list",
                        "use the id of a document listed under guidance, or add that document there."));
            }
        }
    }
}
