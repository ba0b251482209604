package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.NetworkPolicy;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.Reason;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class InventoryStoreTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static OnboardingDecision decision(Decision d, String code) {
        return new OnboardingDecision(d, d.networkPolicy(), List.of(new Reason(code, d, code.toLowerCase())));
    }

    static Devices.Enrolment enrolment(String instance, String cert) {
        return new Devices.Enrolment("lock " + instance, "02:00:00:00:00:" + instance.substring(0, 2), instance, "impl-1",
                cert, "https://mud.example/lock.json", "v1", "table inet x {}", Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void recording_a_new_decision_updates_the_device_and_appends_to_its_history() {
        Devices devices = Devices.using(db.jdbi());
        DeviceRecord first = devices.record(enrolment("a1b2", "SESIP-2600001-01"), decision(Decision.ADMITTED, "OK"), "ONBOARDED", "onboarding");
        DeviceRecord second = devices.record(enrolment("a1b2", "SESIP-2600001-01"),
                decision(Decision.RESTRICTED, "CERTIFICATE_UNDER_VULNERABILITY_REVIEW"), "REEVALUATED", "vulnerability recorded");
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.decision()).isEqualTo(Decision.RESTRICTED);
        assertThat(second.networkPolicy()).isEqualTo(NetworkPolicy.QUARANTINE);
        assertThat(second.reasons()).extracting(Reason::code).containsExactly("CERTIFICATE_UNDER_VULNERABILITY_REVIEW");
        var history = devices.history(first.id());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().previous()).isEqualTo(Decision.ADMITTED);
        assertThat(history.getFirst().trigger()).isEqualTo("vulnerability recorded");
        assertThat(history.getLast().previous()).isNull();
    }

    @Test
    void the_inventory_is_searchable_by_text_decision_and_certificate() {
        Devices devices = Devices.using(db.jdbi());
        devices.record(enrolment("c3d4", "SESIP-2600002-01"), decision(Decision.ADMITTED, "OK"), "ONBOARDED", "t");
        devices.record(enrolment("e5f6", "SESIP-2600003-01"), decision(Decision.REFUSED, "NO"), "ONBOARDED", "t");
        assertThat(devices.search(new DeviceQuery("e5f6", null, null, 10, 0))).extracting(DeviceRecord::instanceId).containsExactly("e5f6");
        assertThat(devices.search(new DeviceQuery(null, "REFUSED", null, 10, 0))).extracting(DeviceRecord::instanceId).contains("e5f6")
                .doesNotContain("c3d4");
        assertThat(devices.onCertificates(Set.of("SESIP-2600002-01", "SESIP-2600003-01"))).hasSize(2);
        assertThat(devices.counts().get(Decision.REFUSED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_site_policy_defaults_until_saved_and_round_trips_through_the_database() {
        SitePolicies policies = SitePolicies.using(db.jdbi());
        assertThat(policies.current()).isEqualTo(SitePolicy.defaults());
        SitePolicy strict = new SitePolicy(3, Set.of("psa-l3"), Decision.REFUSED, Decision.REFUSED, Decision.REFUSED,
                Decision.REFUSED, Decision.REFUSED, false, Decision.REFUSED, Decision.RESTRICTED, List.of("updates.example"));
        policies.save(strict, "admin@example");
        assertThat(policies.current()).isEqualTo(strict);
    }

    @Test
    void webhook_deliveries_are_claimed_once_and_retried_with_growing_delays() {
        Webhooks hooks = Webhooks.using(db.jdbi());
        var sub = hooks.add("http://127.0.0.1:9/hook");
        assertThat(sub.secret()).hasSizeGreaterThan(30);
        hooks.enqueue("{\"type\":\"device.decision\"}");
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        var claimed = hooks.claimDue(10, now);
        assertThat(claimed).hasSize(1);
        assertThat(hooks.claimDue(10, now)).as("leased, not claimed twice").isEmpty();
        hooks.failed(claimed.getFirst().id(), 0, "connection refused", now);
        assertThat(hooks.claimDue(10, now)).isEmpty();
        var again = hooks.claimDue(10, now.plusSeconds(2));
        assertThat(again).hasSize(1);
        hooks.delivered(again.getFirst().id(), now.plusSeconds(2));
        assertThat(hooks.deliveries(sub.id())).singleElement().satisfies(d -> {
            assertThat(d.delivered()).isTrue();
            assertThat(d.attempts()).isEqualTo(2);
        });
    }
}
