package org.trustbricks.registry.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.testing.Scenario;
import org.trustbricks.registry.workflow.IllegalTransitionException;

class PropagationTest {

    Scenario s;
    Vulnerabilities vulns;
    String mcu;
    String rtos;
    String lock;
    String unrelated;

    @BeforeEach
    void chain() {
        s = Scenario.fresh();
        vulns = Vulnerabilities.using(s.db.jdbi(), s.keys);
        mcu = s.issue("MCU", List.of());
        rtos = s.issue("RTOS", List.of(mcu));
        lock = s.issue("Lock", List.of(rtos));
        unrelated = s.issue("Other", List.of());
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void a_vulnerability_reaches_every_composite_through_the_chain_with_its_path() {
        var recorded = vulns.record(s.cb, mcu, "CVE-2026-1234", "high", List.of("Secure Update of Platform"), "bypass");
        assertThat(recorded.composites()).isEqualTo(2);
        assertThat(vulns.impactsOf(recorded.vulnerability().id())).extracting(Impact::certificateId, Impact::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rtos, List.of(mcu, rtos)),
                        org.assertj.core.groups.Tuple.tuple(lock, List.of(mcu, rtos, lock)));
        var page = Certificates.using(s.db.jdbi()).page(lock).orElseThrow();
        assertThat(page.underReview()).isTrue();
        assertThat(page.affectedThrough()).singleElement().satisfies(i -> assertThat(i.path()).containsExactly(mcu, rtos, lock));
        assertThat(Certificates.using(s.db.jdbi()).page(unrelated).orElseThrow().underReview()).isFalse();
        assertThat(Certificates.using(s.db.jdbi()).page(mcu).orElseThrow().vulnerabilities()).hasSize(1);
    }

    @Test
    void a_composite_issued_later_inherits_the_open_impact() {
        vulns.record(s.cb, mcu, "", "LOW", List.of(), "minor");
        String gateway = s.issue("Gateway", List.of(lock));
        assertThat(Certificates.using(s.db.jdbi()).page(gateway).orElseThrow().affectedThrough())
                .singleElement().satisfies(i -> assertThat(i.path()).containsExactly(mcu, rtos, lock, gateway));
    }

    @Test
    void fixing_re_issues_the_certificate_and_clears_the_flags() {
        var v = vulns.record(s.vendor, mcu, "", "CRITICAL", List.of(), "bad").vulnerability();
        var resolved = vulns.resolve(s.cb, v.id(), Resolution.FIXED, "patched ROM", "1.1");
        assertThat(resolved.status()).isEqualTo("FIXED");
        var old = Certificates.using(s.db.jdbi()).find(mcu).orElseThrow();
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(mcu.substring(0, 14) + "02");
        assertThat(Certificates.using(s.db.jdbi()).find(old.supersededBy()).orElseThrow().productVersion()).isEqualTo("1.1");
        assertThat(Certificates.using(s.db.jdbi()).page(lock).orElseThrow().underReview()).isFalse();
        assertThatThrownBy(() -> vulns.resolve(s.cb, v.id(), Resolution.ACCEPTED, "again", null)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void terminating_resolution_terminates_the_certificate() {
        var v = vulns.record(s.cb, rtos, "", "HIGH", List.of(), "bad").vulnerability();
        vulns.resolve(s.cb, v.id(), Resolution.TERMINATED, "no fix", null);
        assertThat(Certificates.using(s.db.jdbi()).find(rtos).orElseThrow().status()).isEqualTo(CertificateStatus.TERMINATED);
    }

    @Test
    void only_the_issuing_cb_or_the_vendor_records_and_only_the_cb_resolves() {
        assertThatThrownBy(() -> vulns.record(s.otherVendor, mcu, "", "LOW", List.of(), "x")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> vulns.record(s.otherCb, mcu, "", "LOW", List.of(), "x")).isInstanceOf(NotPermittedException.class);
        var v = vulns.record(s.vendor, mcu, "", "LOW", List.of(), "x").vulnerability();
        assertThatThrownBy(() -> vulns.resolve(s.vendor, v.id(), Resolution.ACCEPTED, "fine", null)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_composite_reached_by_several_paths_shows_the_shortest_with_ties_to_the_smaller_id_and_is_counted_once() {
        String hub = s.issue("Hub", List.of(lock, mcu));
        String top = s.issue("Top", List.of(hub, rtos));
        var recorded = vulns.record(s.cb, mcu, "", "HIGH", List.of(), "shared part");
        assertThat(recorded.composites()).isEqualTo(4);
        assertThat(vulns.impactsOf(recorded.vulnerability().id())).extracting(Impact::certificateId, Impact::path)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(rtos, List.of(mcu, rtos)),
                        org.assertj.core.groups.Tuple.tuple(hub, List.of(mcu, hub)),
                        org.assertj.core.groups.Tuple.tuple(lock, List.of(mcu, rtos, lock)),
                        org.assertj.core.groups.Tuple.tuple(top, List.of(mcu, rtos, top)));
        assertThat(Certificates.using(s.db.jdbi()).page(top).orElseThrow().affectedThrough())
                .singleElement().satisfies(i -> assertThat(i.path()).containsExactly(mcu, rtos, top));
    }

    @Test
    void a_cycle_in_parts_does_not_loop() {
        s.db.jdbi().useHandle(h -> h.execute("insert into certificate_part values (?, ?)", mcu, lock));
        var recorded = vulns.record(s.cb, mcu, "", "LOW", List.of(), "x");
        assertThat(recorded.composites()).isEqualTo(2);
    }
}
