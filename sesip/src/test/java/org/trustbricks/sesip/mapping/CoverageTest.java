package org.trustbricks.sesip.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.catalogue.Confidence;
import org.trustbricks.sesip.mapping.CoverageReport.Match;
import org.trustbricks.sesip.mapping.CoverageReport.Row;

class CoverageTest {

    private static CoverageReport lock(Regulation regulation) throws Exception {
        byte[] doc = Files.readAllBytes(Path.of("../examples/sesip/smart-lock.yaml"));
        return Sesip.coverage(doc, "smart-lock.yaml", regulation).report();
    }

    private static Row row(CoverageReport r, String id) {
        return r.requirements().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_mapping_names_only_catalogue_sfrs_and_carries_provenance() {
        for (Regulation reg : Regulation.values()) {
            RegulationMapping m = Sesip.mapping(reg);
            assertThat(m.requirements()).as(reg.id()).isNotEmpty();
            assertThat(m.regulation().id()).isEqualTo(reg.id());
            m.requirements().forEach(q -> q.addressedBy().forEach(g -> {
                assertThat(g.provenance()).as(q.id()).isNotNull();
                g.anyOf().forEach(id -> assertThat(Catalogues.current().sfr(id)).as(reg.id() + " " + q.id() + " " + id).isPresent());
            }));
        }
    }

    @Test
    void the_smart_lock_covers_en_303_645_access_control_by_a_verified_link_delivered_by_the_lock_itself() throws Exception {
        Row r = row(lock(Regulation.EN303645), "5.5-4");
        assertThat(r.status()).isEqualTo(Coverage.COVERED);
        assertThat(r.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(r.inferred()).isFalse();
        assertThat(r.matches()).extracting(Match::providedBy).containsExactly("platform");
    }

    @Test
    void coverage_names_the_part_that_delivers_the_sfr_and_labels_inferred_links() throws Exception {
        CoverageReport report = lock(Regulation.EN303645);
        Row update = row(report, "5.3-2");
        assertThat(update.status()).isEqualTo(Coverage.COVERED);
        assertThat(update.inferred()).isTrue();
        assertThat(update.matches()).extracting(Match::providedBy).containsExactly("rtos");
        assertThat(row(report, "5.12-x").status()).isEqualTo(Coverage.NOT_COVERED);
        assertThat(row(report, "5.3-13").status()).isEqualTo(Coverage.PARTIAL);
        assertThat(row(report, "5.2-1").assurance()).containsExactly("ALC_FLR.2");
        assertThat(report.covered() + report.partial() + report.notCovered()).isEqualTo(report.requirements().size());
    }

    @Test
    void a_requirement_with_one_of_two_groups_met_is_partial_and_says_what_is_missing() throws Exception {
        Row r = row(lock(Regulation.CRA), "I.2(e)");
        assertThat(r.status()).isEqualTo(Coverage.PARTIAL);
        assertThat(r.missing()).singleElement().asString().startsWith("one of: Secure Encrypted Storage");
        assertThat(row(lock(Regulation.CRA), "I.2(a)").assurance()).allMatch(a -> a.startsWith("AVA_VAN."));
    }

    @Test
    void iec_62443_and_nistir_reports_are_computed_for_a_single_platform() throws Exception {
        byte[] mcu = Files.readAllBytes(Path.of("../examples/sesip/psa-l3-mcu.yaml"));
        CoverageReport iec = Sesip.coverage(mcu, "mcu.yaml", Regulation.IEC62443_4_2).report();
        assertThat(row(iec, "EDR 3.14").status()).isEqualTo(Coverage.COVERED);
        assertThat(row(iec, "CR 7.3").status()).isEqualTo(Coverage.NOT_COVERED);
        assertThat(row(iec, "CR 7.3").confidence()).isEqualTo(Confidence.VERIFIED);
        CoverageReport nist = Sesip.coverage(mcu, "mcu.yaml", Regulation.NISTIR8259A).report();
        assertThat(row(nist, "device-identification").status()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void an_unreadable_document_gives_findings_and_no_report() {
        CoverageResult r = Sesip.coverage("sfrs: [".getBytes(), "x.yaml", Regulation.CRA);
        assertThat(r.report()).isNull();
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void regulations_are_found_by_their_command_line_keys() {
        assertThat(Regulation.of("iec62443-4-2")).contains(Regulation.IEC62443_4_2);
        assertThat(Regulation.of("EN303645")).contains(Regulation.EN303645);
        assertThat(Regulation.of("gdpr")).isEmpty();
    }
}
