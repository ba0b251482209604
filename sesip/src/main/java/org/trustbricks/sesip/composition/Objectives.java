package org.trustbricks.sesip.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.composition.CompositionReport.ObjectiveHandling;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.CertifiedObjective;
import org.trustbricks.sesip.st.InheritedObjective;
import org.trustbricks.sesip.st.Part;

/** Every environment objective of a part is covered by the composite's SFRs or passed on to its own environment (D.3.2). */
final class Objectives {

    private Objectives() {
    }

    static List<ObjectiveHandling> check(Resolved r, Set<String> direct, List<Finding> findings) {
        List<ObjectiveHandling> out = new ArrayList<>();
        List<Part> parts = r.st().parts();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Severity unhandled = direct.contains(p.id()) ? Severity.ERROR : Severity.WARNING;
            List<CertifiedObjective> objectives = p.certificate().environmentObjectives();
            for (int j = 0; j < objectives.size(); j++) {
                CertifiedObjective o = objectives.get(j);
                int k = indexOf(p.inheritedObjectives(), o.id());
                if (k < 0) {
                    findings.add(new Finding(CompositionCodes.OBJECTIVE_UNHANDLED, unhandled,
                            JsonPointer.of("parts", i, "certificate", "environmentObjectives", j),
                            "the objective " + o.id() + " that " + p.id() + " puts on its environment is neither covered nor passed on",
                            "add it under parts[" + i + "].inheritedObjectives with coveredBy (SFR claims) or passedOn (own environment objectives)."));
                    out.add(new ObjectiveHandling(p.id(), o.id(), o.description(), "unhandled", List.of(), List.of()));
                    continue;
                }
                out.add(handle(r, p, i, k, o, unhandled, findings));
            }
            for (int k = 0; k < p.inheritedObjectives().size(); k++) {
                String id = p.inheritedObjectives().get(k).objective();
                if (objectives.stream().noneMatch(o -> o.id().equals(id))) {
                    findings.add(Finding.warning(CompositionCodes.OBJECTIVE_UNKNOWN, JsonPointer.of("parts", i, "inheritedObjectives", k, "objective"),
                            "\"" + id + "\" is not an environment objective of " + p.id() + "'s certificate",
                            "use the objective ids of the part's certificate (list them under certificate.environmentObjectives)."));
                }
            }
        }
        return out;
    }

    private static ObjectiveHandling handle(Resolved r, Part p, int i, int k, CertifiedObjective o, Severity unhandled,
                                            List<Finding> findings) {
        InheritedObjective h = p.inheritedObjectives().get(k);
        String base = JsonPointer.of("parts", i, "inheritedObjectives", k);
        List<String> covered = new ArrayList<>();
        for (int m = 0; m < h.coveredBy().size(); m++) {
            String ref = h.coveredBy().get(m);
            if (r.claim(ref).isPresent()) {
                covered.add(r.claim(ref).get().key());
            } else {
                findings.add(Finding.error(CompositionCodes.OBJECTIVE_REFERENCE, JsonPointer.append(base + "/coveredBy", m),
                        "\"" + ref + "\" is not an SFR claim of this ST", "use the id (or SFR id) of an entry under sfrs."));
            }
        }
        List<String> passed = new ArrayList<>();
        for (int m = 0; m < h.passedOn().size(); m++) {
            String ref = h.passedOn().get(m);
            if (r.st().environmentObjectives().stream().anyMatch(e -> e.id().equals(ref))) {
                passed.add(ref);
            } else {
                findings.add(Finding.error(CompositionCodes.OBJECTIVE_REFERENCE, JsonPointer.append(base + "/passedOn", m),
                        "\"" + ref + "\" is not an environment objective of this ST",
                        "use the id of an entry under environmentObjectives, or add one there."));
            }
        }
        String handling = covered.isEmpty() ? (passed.isEmpty() ? "unhandled" : "passed-on")
                : (passed.isEmpty() ? "covered" : "covered-and-passed-on");
        if (covered.isEmpty() && passed.isEmpty()) {
            findings.add(new Finding(CompositionCodes.OBJECTIVE_UNHANDLED, unhandled, base,
                    "the objective " + o.id() + " of " + p.id() + " is listed but neither covered nor passed on",
                    "name the SFR claims that cover it (coveredBy) or the environment objectives it is passed on to (passedOn)."));
        }
        return new ObjectiveHandling(p.id(), o.id(), o.description(), handling, covered, passed);
    }

    private static int indexOf(List<InheritedObjective> list, String id) {
        for (int k = 0; k < list.size(); k++) {
            if (id.equals(list.get(k).objective())) {
                return k;
            }
        }
        return -1;
    }
}
