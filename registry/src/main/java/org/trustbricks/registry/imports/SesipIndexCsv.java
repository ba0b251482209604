package org.trustbricks.registry.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.registry.cert.CertificateIds;

/**
 * A SESIP certificate index as CSV with the public TrustCB index's columns: Cert. ID, Issue Date, Product,
 * Developer, Evaluator, Compliance, Standard, Status, Cert, ST. Optional extra column: Valid Until.
 */
final class SesipIndexCsv {

    static final List<String> REQUIRED = List.of("Cert. ID", "Issue Date", "Product", "Developer", "Evaluator",
            "Compliance", "Standard", "Status", "Cert", "ST");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SesipIndexCsv() {
    }

    static Imports.Parsed parse(byte[] bytes, LocalDate today) {
        List<Csv.Row> rows = Csv.parse(Csv.decode(bytes));
        if (rows.isEmpty() || rows.get(0).fields() == null || !rows.get(0).fields().stream().map(String::strip).toList().containsAll(REQUIRED)) {
            return new Imports.Parsed(Math.max(0, rows.size() - 1), List.of(), List.of(new ImportReport.Problem("line 1",
                    "the header must name the SESIP index columns: " + String.join(", ", REQUIRED))));
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        List<ImportedCertificate> out = new ArrayList<>();
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line();
            if (row.fields() == null) {
                problems.add(new ImportReport.Problem(where, "a quoted field is never closed"));
                continue;
            }
            if (row.fields().size() != header.size()) {
                problems.add(new ImportReport.Problem(where, "has " + row.fields().size() + " fields, expected " + header.size()));
                continue;
            }
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                r.put(header.get(i), row.fields().get(i).strip());
            }
            try {
                String id = r.get("Cert. ID");
                if (!CertificateIds.isSesip(id)) {
                    throw new IllegalArgumentException("Cert. ID '" + id + "' is not of the form SESIP-YYNNNNN-VV");
                }
                if (r.get("Product").isEmpty()) {
                    throw new IllegalArgumentException("Product is empty");
                }
                LocalDate issued = Values.date(r.get("Issue Date"), "yyyy-MM-dd", "Issue Date");
                LocalDate until = Values.date(r.getOrDefault("Valid Until", ""), "yyyy-MM-dd", "Valid Until");
                String status = switch (r.get("Status").toLowerCase(Locale.ROOT)) {
                    case "active", "valid", "certified", "" -> Values.status(until, today);
                    case "terminated", "withdrawn", "revoked" -> "TERMINATED";
                    case "expired", "archived" -> "EXPIRED";
                    case "superseded" -> "SUPERSEDED";
                    default -> throw new IllegalArgumentException("Status '" + r.get("Status") + "' is not one of active, terminated, expired, superseded");
                };
                String compliance = r.get("Compliance");
                String level = compliance.split("\\s*\\+\\s*|\\s", 2)[0];
                String standard = r.get("Standard");
                out.add(new ImportedCertificate(id, id, Values.unescapeHtml(r.get("Product")), "", Values.unescapeHtml(r.get("Developer")),
                        Values.unescapeHtml(r.get("Evaluator")), r.getOrDefault("Certification Body", "TrustCB"), compliance.isEmpty() ? "" : level,
                        standard.isEmpty() ? List.of() : List.of(standard), standard, issued, until, status,
                        Values.link(r.get("ST")), Values.link(r.get("Cert")), JSON.writeValueAsString(r)));
            } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException ex) {
                problems.add(new ImportReport.Problem(where, ex.getMessage()));
            }
        }
        return new Imports.Parsed(rows.size() - 1, out, problems);
    }
}
