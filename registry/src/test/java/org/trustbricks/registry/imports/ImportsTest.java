package org.trustbricks.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class ImportsTest {

    Database db;
    Imports imports;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        imports = Imports.using(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    byte[] fixture(String name) throws Exception {
        try (var in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_common_criteria_portal_csv_imports_one_certificate_per_product_with_cleaned_values() throws Exception {
        Path csv = SharedCorpus.require("corpus/registry/cc/cc_products_active.csv");
        ImportReport r = imports.importFile(ImportFormat.CC, Files.readAllBytes(csv), "test");
        assertThat(r.records()).isEqualTo(4);
        assertThat(r.created()).isEqualTo(3);
        assertThat(r.problems()).isEmpty();
        var fortinet = db.jdbi().withHandle(h -> h.createQuery("select id from certificate where vendor_name = 'Fortinet, Inc.'").mapTo(String.class).one());
        var c = Certificates.using(db.jdbi()).find(fortinet).orElseThrow();
        assertThat(c.product()).isEqualTo("Fortinet FortiGate w/ FortiOS v5.6.7");
        assertThat(c.issued()).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(c.status()).isEqualTo(CertificateStatus.EXPIRED);
        String netiq = db.jdbi().withHandle(h -> h.createQuery("select report_reference from certificate where product like 'NetIQ%'").mapTo(String.class).one());
        assertThat(netiq).startsWith("https://www.commoncriteriaportal.org/files/epfiles/Certification%20Report%20-%20NetIQ%C2%AE");
        String raw = db.jdbi().withHandle(h -> h.createQuery("select raw_record from certificate where id = :id").bind("id", fortinet).mapTo(String.class).one());
        assertThat(raw).contains("Maintenance Title").contains("383-7-159 MR v1.0e.pdf");
    }

    @Test
    void importing_the_same_file_twice_changes_nothing() throws Exception {
        Path csv = SharedCorpus.require("corpus/registry/cc/cc_products_active.csv");
        imports.importFile(ImportFormat.CC, Files.readAllBytes(csv), "test");
        ImportReport again = imports.importFile(ImportFormat.CC, Files.readAllBytes(csv), "test");
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        int count = db.jdbi().withHandle(h -> h.createQuery("select count(*) from certificate").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(3);
    }

    @Test
    void the_eucc_page_and_the_eucc_dataset_describe_the_same_certificate() throws Exception {
        ImportReport page = imports.importFile(ImportFormat.EUCC,
                Files.readAllBytes(SharedCorpus.require("corpus/registry/eucc/scraped_metadata.json")), "test");
        assertThat(page.created()).isEqualTo(1);
        var c = Certificates.using(db.jdbi()).find("EUCC-3087-2025-12-0001").orElseThrow();
        assertThat(c.issued()).isEqualTo(LocalDate.of(2025, 12, 19));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2030, 12, 19));
        assertThat(c.laboratory()).isEqualTo("TÜV Informationstechnik GmbH");
        assertThat(c.level()).startsWith("EAL5");
        ImportReport dataset = imports.importFile(ImportFormat.EUCC,
                Files.readAllBytes(SharedCorpus.require("corpus/registry/eucc/toy_dataset.json")), "test");
        assertThat(dataset.records()).isEqualTo(2);
        assertThat(dataset.problems()).isEmpty();
        assertThat(dataset.created()).as("the second dataset certificate is new").isEqualTo(1);
        assertThat(dataset.updated()).as("the first is the page's certificate, now with the dataset's record").isEqualTo(1);
        assertThat(Certificates.using(db.jdbi()).find("EUCC-3087-2025-12-0001").orElseThrow().validUntil()).isEqualTo(LocalDate.of(2030, 12, 19));
    }

    @Test
    void the_sesip_index_imports_good_rows_and_reports_each_unreadable_one_by_line() throws Exception {
        ImportReport r = imports.importFile(ImportFormat.SESIP, fixture("sesip-index.csv"), "test");
        assertThat(r.created()).isEqualTo(3);
        assertThat(r.problems()).extracting(ImportReport.Problem::record).containsExactly("line 4", "line 5", "line 6");
        assertThat(Certificates.using(db.jdbi()).find("SESIP-2100003-01").orElseThrow().status()).isEqualTo(CertificateStatus.TERMINATED);
        var quoted = Certificates.using(db.jdbi()).find("SESIP-2300020-01").orElseThrow();
        assertThat(quoted.product()).isEqualTo("Quoted, with comma and \"quotes\"");
        assertThat(quoted.vendor()).isEqualTo("Dev & Co");
        assertThat(Certificates.using(db.jdbi()).find("SESIP-2400133-01").orElseThrow().level()).isEqualTo("SESIP3");
    }

    @Test
    void a_file_of_the_wrong_format_is_reported_not_imported() {
        ImportReport r = imports.importFile(ImportFormat.CC, "just,some\ntext,here\n".getBytes(StandardCharsets.UTF_8), "test");
        assertThat(r.created()).isZero();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("header"));
        ImportReport j = imports.importFile(ImportFormat.EUCC, "{not json".getBytes(StandardCharsets.UTF_8), "test");
        assertThat(j.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not JSON"));
    }
}
