package org.trustbricks.registry.imports;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;

/**
 * Imports public registry listings. Each record keeps its raw source text; importing the same file again changes
 * nothing; records that cannot be read are reported with their line or index and the reason.
 */
public final class Imports {

    /** Largest file accepted. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private final Jdbi jdbi;

    private Imports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Imports stored through the given Jdbi. */
    public static Imports using(Jdbi jdbi) {
        return new Imports(jdbi);
    }

    /** Parses and stores a file of the given format; {@code actor} is named in the audit log. */
    public ImportReport importFile(ImportFormat format, byte[] bytes, String actor) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            return new ImportReport(format.source(), 0, 0, 0, 0,
                    List.of(new ImportReport.Problem("file", "the file is larger than " + MAX_BYTES + " bytes")));
        }
        java.time.LocalDate today = jdbi.withHandle(h -> h.createQuery("select current_date").mapTo(java.time.LocalDate.class).one());
        Parsed parsed = switch (format) {
            case CC -> CcCsv.parse(bytes, today);
            case EUCC -> EuccJson.parse(bytes, today);
            case SESIP -> SesipIndexCsv.parse(bytes, today);
        };
        problems.addAll(parsed.problems());
        int[] counts = new int[3];
        jdbi.useTransaction(h -> {
            for (ImportedCertificate c : parsed.certificates()) {
                String outcome = store(h, format.source(), c);
                switch (outcome) {
                    case "created" -> counts[0]++;
                    case "updated" -> counts[1]++;
                    case "unchanged" -> counts[2]++;
                    default -> problems.add(new ImportReport.Problem(c.sourceKey(), outcome));
                }
            }
            AuditLog.append(h, actor, "registry.import", "source/" + format.source(), parsed.records() + " records: "
                    + counts[0] + " created, " + counts[1] + " updated, " + counts[2] + " unchanged, " + problems.size() + " unreadable");
        });
        return new ImportReport(format.source(), parsed.records(), counts[0], counts[1], counts[2], problems);
    }

    private static String store(Handle h, String source, ImportedCertificate c) {
        String owner = h.createQuery("select source || '/' || source_key from certificate where id = :id").bind("id", c.id())
                .mapTo(String.class).findOne().orElse(null);
        if (owner != null && !owner.equals(source + "/" + c.sourceKey())) {
            return "id " + c.id() + " is already used by another certificate (" + owner + ")";
        }
        List<Boolean> inserted = h.createQuery("""
                insert into certificate (id, source, source_key, raw_record, product, product_version, vendor_name, lab_name,
                  cb_name, level, profiles, methodology, issued_on, valid_until, status, st_reference, report_reference, status_changed_at)
                values (:id, :source, :key, :raw, :product, :version, :vendor, :lab, :cb, :level, :profiles, :methodology,
                  :issued, :until, :status, :st, :report, now())
                on conflict (source, source_key) do update set raw_record = excluded.raw_record, product = excluded.product,
                  product_version = excluded.product_version, vendor_name = excluded.vendor_name, lab_name = excluded.lab_name,
                  cb_name = excluded.cb_name, level = excluded.level, profiles = excluded.profiles,
                  methodology = excluded.methodology, issued_on = excluded.issued_on, valid_until = excluded.valid_until,
                  status = excluded.status, st_reference = excluded.st_reference, report_reference = excluded.report_reference
                where certificate.raw_record is distinct from excluded.raw_record or certificate.status <> excluded.status
                returning (xmax = 0)""")
                .bind("id", c.id()).bind("source", source).bind("key", c.sourceKey()).bind("raw", c.raw())
                .bind("product", c.product()).bind("version", c.version()).bind("vendor", c.vendor()).bind("lab", c.laboratory())
                .bind("cb", c.certificationBody()).bind("level", c.level()).bind("profiles", c.profiles().toArray(String[]::new))
                .bind("methodology", c.methodology()).bind("issued", c.issued()).bind("until", c.validUntil())
                .bind("status", c.status()).bind("st", c.stReference()).bind("report", c.reportReference())
                .mapTo(Boolean.class).list();
        return inserted.isEmpty() ? "unchanged" : inserted.get(0) ? "created" : "updated";
    }

    /**
     * A parsed file.
     *
     * @param records      records seen
     * @param certificates the ones that could be read
     * @param problems     the ones that could not
     */
    record Parsed(int records, List<ImportedCertificate> certificates, List<ImportReport.Problem> problems) {
    }
}
