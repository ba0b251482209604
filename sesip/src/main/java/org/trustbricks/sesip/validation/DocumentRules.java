package org.trustbricks.sesip.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.internal.Resolved;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.SecurityTarget;

/** Edition, dates, unique ids and guidance presence. */
final class DocumentRules {

    private DocumentRules() {
    }

    static void check(Resolved r, List<Finding> out) {
        SecurityTarget st = r.st();
        if (!r.editionKnown()) {
            out.add(Finding.error(Codes.EDITION_UNKNOWN, "/methodology/edition",
                    "the methodology edition \"" + st.methodology().edition() + "\" is not one TrustBricks knows",
                    "write one of " + Catalogues.editionIds() + "; the SFRs were checked against " + Catalogues.DEFAULT_EDITION + "."));
        }
        date(st.reference().date(), "/reference/date", out);
        date(st.evaluationDate(), "/evaluationDate", out);
        for (int i = 0; i < st.otherCertifications().size(); i++) {
            date(st.otherCertifications().get(i).date(), JsonPointer.of("otherCertifications", i, "date"), out);
        }
        for (int i = 0; i < st.parts().size(); i++) {
            Part p = st.parts().get(i);
            date(p.certificate().issued(), JsonPointer.of("parts", i, "certificate", "issued"), out);
            date(p.certificate().validUntil(), JsonPointer.of("parts", i, "certificate", "validUntil"), out);
        }
        unique(st.guidance(), g -> g.id(), "guidance", "guidance document", out);
        unique(st.environmentObjectives(), o -> o.id(), "environmentObjectives", "environment objective", out);
        unique(st.parts(), p -> p.id(), "parts", "part", out);
        unique(r.claims(), c -> c.key(), "sfrs", "SFR claim", out);
        if (st.additionalSfrs() != null) {
            unique(st.additionalSfrs().items(), a -> a.id(), "additionalSfrs/items", "additional SFR", out);
        }
        if (st.guidance().isEmpty()) {
            out.add(Finding.error(Codes.GUIDANCE_NONE, "/guidance", "the ST lists no guidance documents",
                    "list the preparation and operational guidance (AGD_PRE.1, AGD_OPE.1) customers receive, with title and version."));
        }
    }

    static void date(String value, String path, List<Finding> out) {
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            out.add(Finding.error(Codes.DATE_INVALID, path, "\"" + value + "\" is not a calendar date",
                    "write a real date as YYYY-MM-DD."));
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String where, String what, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key != null && !seen.add(key)) {
                String path = "/" + where + "/" + i + ("sfrs".equals(where) ? "" : "/id");
                out.add(Finding.error(Codes.DUPLICATE_ID, path, "the " + what + " id \"" + key + "\" is used twice",
                        "sfrs".equals(where)
                                ? "give each iteration of an SFR its own id, for example tls-cloud and tls-app."
                                : "give each " + what + " its own id."));
            }
        }
    }
}
