package org.trustbricks.sesip.composition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.PartCertificate;

/** A part is used in the version and configuration it was certified in, under a certificate valid at the evaluation date. */
final class PartChecks {

    private PartChecks() {
    }

    /** Checks one part and returns its certificate status at the evaluation date. */
    static String check(Part part, int i, LocalDate at, List<Finding> out) {
        PartCertificate c = part.certificate();
        String base = JsonPointer.of("parts", i);
        if (c.certifiedVersion() == null) {
            out.add(Finding.warning(CompositionCodes.VERSION_UNSTATED, base + "/certificate/certifiedVersion",
                    "the certificate data of " + part.id() + " does not state which version was certified",
                    "copy the certified version from the certificate, so that the integrated version can be compared."));
        } else if (!c.certifiedVersion().strip().equals(part.version().strip())) {
            out.add(Finding.error(CompositionCodes.VERSION_MISMATCH, base + "/version",
                    part.id() + " is integrated in version " + part.version() + " but its certificate covers " + c.certifiedVersion(),
                    "integrate the certified version, or have the new version certified; the certificate does not carry over."));
        }
        if (c.certifiedIdentification() != null && part.identification() != null
                && !c.certifiedIdentification().strip().equals(part.identification().strip())) {
            out.add(Finding.error(CompositionCodes.VERSION_MISMATCH, base + "/identification",
                    part.id() + " is identified as " + part.identification() + " but its certificate covers " + c.certifiedIdentification(),
                    "use the certified revision (for example the same die revision or git tag)."));
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(c.certifiedConfiguration()).entrySet()) {
            String used = part.configuration().get(e.getKey());
            if (used == null || !used.strip().equalsIgnoreCase(e.getValue().strip())) {
                out.add(Finding.error(CompositionCodes.CONFIG_MISMATCH, JsonPointer.append(base + "/configuration", e.getKey()),
                        part.id() + " was certified with " + e.getKey() + " = " + e.getValue() + " but is used "
                                + (used == null ? "without stating it" : "with " + e.getKey() + " = " + used),
                        "use the certified configuration (state it under configuration), or the part's SFRs may not hold."));
            }
        }
        return status(part, c, base, at, out);
    }

    private static String status(Part part, PartCertificate c, String base, LocalDate at, List<Finding> out) {
        String status = c.status() == null ? "active" : c.status();
        switch (status) {
            case "terminated", "suspended", "under-vulnerability-review" -> {
                out.add(Finding.error(CompositionCodes.STATUS, base + "/certificate/status",
                        "the certificate " + c.id() + " of " + part.id() + " is " + status.replace('-', ' '),
                        "replace the part by one with an active certificate, or wait for the certification body's decision."));
                return status;
            }
            case "superseded" -> {
                out.add(Finding.error(CompositionCodes.STATUS, base + "/certificate/status",
                        "the certificate " + c.id() + " of " + part.id() + " is superseded by a re-issued certificate",
                        "use the part's current certificate (and the version it covers) instead."));
                return status;
            }
            case "expired" -> {
                out.add(expired(part, c, base + "/certificate/status", "is marked expired"));
                return status;
            }
            default -> {
            }
        }
        LocalDate until = date(c.validUntil());
        if (at != null && until != null && until.isBefore(at)) {
            out.add(expired(part, c, base + "/certificate/validUntil", "expired on " + until + ", before the evaluation date " + at));
            return "expired";
        }
        LocalDate issued = date(c.issued());
        if (at != null && issued != null && issued.isAfter(at)) {
            out.add(Finding.warning(CompositionCodes.NOT_YET_ISSUED, base + "/certificate/issued",
                    "the certificate " + c.id() + " of " + part.id() + " was issued on " + issued + ", after the evaluation date " + at,
                    "check the evaluation date, or the certificate data."));
            return "not-yet-issued";
        }
        return "active";
    }

    private static Finding expired(Part part, PartCertificate c, String path, String what) {
        return Finding.error(CompositionCodes.EXPIRED, path, "the certificate " + c.id() + " of " + part.id() + " " + what,
                "use a part whose certificate is valid at the evaluation date, or have it re-certified.");
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
