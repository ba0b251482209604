package org.trustbricks.registry.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * ENISA EUCC certificate metadata: one scraped certificate page (flat object), an array of them, or a sec-certs
 * EUCC dataset ({@code certs[]}).
 */
final class EuccJson {

    private static final Pattern ID = Pattern.compile("EUCC-\\d+-\\d{4}-\\d{2}(-\\d{2,4})?");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*years?");

    private EuccJson() {
    }

    static Imports.Parsed parse(byte[] bytes, LocalDate today) {
        JsonNode root;
        try {
            root = UntrustedJson.withLimits(Imports.MAX_BYTES, 64).read(bytes);
        } catch (MalformedInputException e) {
            return new Imports.Parsed(0, List.of(), List.of(new ImportReport.Problem("file", "not JSON: " + e.getMessage())));
        }
        List<JsonNode> records = new ArrayList<>();
        boolean dataset = root.has("certs") && root.get("certs").isArray();
        if (dataset) {
            root.get("certs").forEach(records::add);
        } else if (root.isArray()) {
            root.forEach(records::add);
        } else {
            records.add(root);
        }
        List<ImportedCertificate> out = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            try {
                out.add(r.has("cert_id") || r.has("dgst") ? fromDataset(r, today) : fromPage(r, today));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportReport.Problem((dataset ? "certs/" : "") + i, e.getMessage()));
            }
        }
        return new Imports.Parsed(records.size(), out, problems);
    }

    private static ImportedCertificate fromPage(JsonNode r, LocalDate today) {
        if (!r.isObject()) {
            throw new IllegalArgumentException("a record must be a JSON object");
        }
        String id = id(text(r, "certificate_id"));
        LocalDate issued = Values.date(text(r, "issuance_date_full"), "dd/MM/yyyy", "issuance_date_full");
        Matcher years = YEARS.matcher(text(r, "validity_period_years"));
        LocalDate until = issued != null && years.find() ? issued.plusYears(Integer.parseInt(years.group(1))) : null;
        String product = required(r, "product_name");
        return new ImportedCertificate(id, id, product, text(r, "product_version"), text(r, "holder_name"), text(r, "itsef"),
                text(r, "certification_body"), level(text(r, "assurance_level"), text(r, "package")),
                text(r, "protection_profile").isEmpty() || text(r, "protection_profile").equals(text(r, "package"))
                        ? List.of() : List.of(text(r, "protection_profile")),
                "EUCC " + text(r, "cc_version"), issued, until, Values.status(until, today), "",
                text(r, "report_reference"), r.toString());
    }

    private static ImportedCertificate fromDataset(JsonNode r, LocalDate today) {
        String id = id(text(r, "cert_id"));
        LocalDate issued = Values.date(text(r, "not_valid_before"), "yyyy-MM-dd", "not_valid_before");
        LocalDate until = Values.date(text(r, "not_valid_after"), "yyyy-MM-dd", "not_valid_after");
        List<String> levels = new ArrayList<>();
        r.path("security_level").path("elements").forEach(e -> levels.add(e.asText()));
        String status = text(r, "status").equalsIgnoreCase("archived") ? "EXPIRED" : Values.status(until, today);
        return new ImportedCertificate(id, id, required(r, "name"), "", text(r, "manufacturer"), "",
                "EUCC scheme " + text(r, "scheme"), String.join(" ", levels), List.of(), "EUCC", issued, until, status,
                Values.link(text(r, "st_link")), Values.link(text(r, "report_link")), r.toString());
    }

    private static String level(String assurance, String pkg) {
        Matcher m = Pattern.compile("EAL\\s*(\\d)").matcher(pkg);
        return m.find() ? "EAL" + m.group(1) + (assurance.isEmpty() ? "" : " (" + assurance + ")") : assurance;
    }

    private static String id(String text) {
        Matcher m = ID.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("certificate id '" + text + "' does not contain an EUCC-<NANDO>-<year>-<month>[-<seq>] id");
        }
        return m.group();
    }

    private static String required(JsonNode r, String field) {
        String v = text(r, field);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return v;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || !v.isValueNode() ? "" : v.asText().strip();
    }
}
