package org.trustbricks.registry.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.trustbricks.common.Finding;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.vuln.Vulnerabilities;

/**
 * Checks the parts a composite names against the registry: each must be a known, active certificate in its
 * validity period (errors); open vulnerabilities and parts the ST names but the request does not are warnings.
 */
final class CompositionCheck {

    private CompositionCheck() {
    }

    static List<Finding> check(Handle h, List<String> parts, List<String> stPartIds) {
        List<Finding> out = new ArrayList<>();
        LocalDate today = h.createQuery("select current_date").mapTo(LocalDate.class).one();
        for (int i = 0; i < parts.size(); i++) {
            String id = parts.get(i);
            String path = "/" + i;
            var found = Certificates.find(h, id);
            if (found.isEmpty()) {
                out.add(Finding.error("COMP-PART-UNKNOWN", path, "part " + id + " is not a certificate in this registry",
                        "name each part by its registry certificate id, e.g. SESIP-2600001-01"));
                continue;
            }
            var c = found.get();
            if (c.status() != CertificateStatus.ACTIVE) {
                out.add(Finding.error("COMP-PART-NOT-ACTIVE", path, "part " + id + " (" + c.product() + ") is " + c.status(),
                        "use a part whose certificate is active, or its re-issued certificate"));
            } else if (c.validUntil() != null && c.validUntil().isBefore(today)) {
                out.add(Finding.error("COMP-PART-EXPIRED", path, "part " + id + " was valid until " + c.validUntil(), ""));
            }
            if (!Vulnerabilities.openOn(h, id).isEmpty() || !Vulnerabilities.impactsOn(h, id).isEmpty()) {
                out.add(Finding.warning("COMP-PART-UNDER-REVIEW", path, "part " + id + " (" + c.product()
                        + ") is under vulnerability review", "the CB decides whether the composite can be certified meanwhile"));
            }
            if (!c.source().equals("issued")) {
                out.add(Finding.info("COMP-PART-IMPORTED", path, "part " + id + " is an imported " + c.source()
                        + " listing; its signed certificate is not held here", ""));
            }
        }
        for (String st : stPartIds) {
            if (!parts.contains(st)) {
                out.add(Finding.warning("COMP-ST-PART-NOT-NAMED", "", "the Security Target names part certificate " + st
                        + " which the request does not list", "list every part the ST relies on"));
            }
        }
        for (String p : parts) {
            if (!stPartIds.isEmpty() && !stPartIds.contains(p)) {
                out.add(Finding.warning("COMP-PART-NOT-IN-ST", "", "part " + p + " is not described in the Security Target's parts",
                        "describe the part and its inherited objectives in the ST (D.3.2)"));
            }
        }
        return out;
    }
}
