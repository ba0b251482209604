package org.trustbricks.registry.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Common Criteria portal's certified products CSV: one row per maintenance update, merged per product. */
final class CcCsv {

    static final List<String> HEADER = List.of("Category", "Name", "Manufacturer", "Scheme", "Assurance Level",
            "Protection Profile(s)", "Certification Date", "Archived Date", "Certification Report URL",
            "Security Target URL", "Maintenance Date", "Maintenance Title", "Maintenance Report", "Maintenance ST");
    private static final int PRODUCT_COLUMNS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CcCsv() {
    }

    static Imports.Parsed parse(byte[] bytes, LocalDate today) {
        List<Csv.Row> rows = Csv.parse(Csv.decode(bytes));
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (rows.isEmpty() || rows.get(0).fields() == null || !rows.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
            return new Imports.Parsed(Math.max(0, rows.size() - 1), List.of(), List.of(new ImportReport.Problem("line 1",
                    "the header is not the Common Criteria portal's: expected " + String.join(", ", HEADER))));
        }
        Map<List<String>, List<Map<String, String>>> products = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields() == null) {
                problems.add(new ImportReport.Problem("line " + row.line(), "a quoted field is never closed"));
                continue;
            }
            if (row.fields().size() != HEADER.size()) {
                problems.add(new ImportReport.Problem("line " + row.line(), "has " + row.fields().size() + " fields, expected " + HEADER.size()));
                continue;
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < HEADER.size(); i++) {
                record.put(HEADER.get(i), row.fields().get(i));
            }
            products.computeIfAbsent(row.fields().subList(0, PRODUCT_COLUMNS), k -> new ArrayList<>()).add(record);
        }
        List<ImportedCertificate> out = new ArrayList<>();
        for (var e : products.entrySet()) {
            Map<String, String> r = e.getValue().get(0);
            String where = "product " + Values.unescapeHtml(r.get("Name"));
            try {
                String name = Values.unescapeHtml(r.get("Name"));
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("Name is empty");
                }
                LocalDate issued = Values.date(r.get("Certification Date"), "MM/dd/yyyy", "Certification Date");
                LocalDate archived = Values.date(r.get("Archived Date"), "MM/dd/yyyy", "Archived Date");
                String key = Values.digest(e.getKey());
                String pp = Values.unescapeHtml(r.get("Protection Profile(s)"));
                out.add(new ImportedCertificate("CC-" + key, key, name, "", Values.unescapeHtml(r.get("Manufacturer")), "",
                        "CC scheme " + r.get("Scheme").strip(), r.get("Assurance Level").strip(),
                        pp.isEmpty() ? List.of() : List.of(pp), "Common Criteria", issued, archived,
                        Values.status(archived, today), Values.link(r.get("Security Target URL")),
                        Values.link(r.get("Certification Report URL")), JSON.writeValueAsString(e.getValue())));
            } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException ex) {
                problems.add(new ImportReport.Problem(where, ex.getMessage()));
            }
        }
        return new Imports.Parsed(rows.size() - 1, out, problems);
    }
}
