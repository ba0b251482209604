package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.AttestationFacts;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.Rulesets;
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

    static final OnboardingFacts FACTS = new OnboardingFacts(
            new AttestationFacts(true, AttestationFacts.Measurements.MATCHED, "x", "impl-1", ""),
            new CertificateFacts("SESIP-2600001-01", CertificateFacts.Status.ACTIVE, 3, Set.of()),
            new MudFacts("https://mud.example/lock.json", MudFacts.Retrieval.FETCHED, MudFacts.Signature.VALID, true, true, ""),
            "");

    static OnboardingDecision decision(Decision d, String code) {
        return new OnboardingDecision(d, d.networkPolicy(), List.of(new Reason(code, d, code.toLowerCase())));
    }

    static Devices.Enrolment enrolment(String instance, String cert) {
        return new Devices.Enrolment("lock " + instance, "02:00:00:00:00:" + instance.substring(0, 2), instance, "impl-1",
                cert, "https://mud.example/lock.json", "v1", FACTS, new Rulesets("mud rules", "quarantine rules", "deny rules"),
                Instant.parse("2026-11-01T00:00:00Z"));
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
        assertThat(second.rules()).isEqualTo("quarantine rules");
        assertThat(devices.facts(second.id())).contains(FACTS.withoutDeviceIdentifiers());
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

    @Test
    void a_vulnerability_on_a_platform_reevaluates_its_devices_in_bulk_and_switches_their_rules() {
        Devices devices = Devices.using(db.jdbi());
        for (String i : List.of("b001", "b002", "b003")) {
            devices.record(new Devices.Enrolment("cam " + i, null, i, "impl-2", "SESIP-2600077-01", "https://mud.example/cam.json",
                    "v1", new OnboardingFacts(FACTS.attestation(), new CertificateFacts("SESIP-2600077-01",
                    CertificateFacts.Status.ACTIVE, 3, Set.of()), FACTS.mud(), ""),
                    new Rulesets("mud " + i, "quarantine " + i, "deny " + i), null),
                    org.trustbricks.onboarding.OnboardingEngine.decide(new OnboardingFacts(FACTS.attestation(),
                            new CertificateFacts("SESIP-2600077-01", CertificateFacts.Status.ACTIVE, 3, Set.of()), FACTS.mud(), ""),
                            SitePolicy.defaults()), "ONBOARDED", "onboarding");
        }
        var outcome = Reevaluation.certificatesChanged(db.jdbi(), java.util.Map.of("SESIP-2600077-01",
                new CertificateFacts("SESIP-2600077-01", CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of())),
                SitePolicy.defaults(), "vulnerability CVE-2026-0001 recorded against SESIP-2600077-01");
        assertThat(outcome.examined()).isEqualTo(3);
        assertThat(outcome.groups()).as("identical facts are decided once").isEqualTo(1);
        assertThat(outcome.changed()).isEqualTo(3);
        var cam = devices.findByInstance("b002").orElseThrow();
        assertThat(cam.decision()).isEqualTo(Decision.RESTRICTED);
        assertThat(cam.rules()).isEqualTo("quarantine b002");
        assertThat(devices.history(cam.id()).getFirst().trigger()).contains("CVE-2026-0001");
        var again = Reevaluation.certificatesChanged(db.jdbi(), java.util.Map.of("SESIP-2600077-01",
                new CertificateFacts("SESIP-2600077-01", CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of())),
                SitePolicy.defaults(), "same again");
        assertThat(again.changed()).as("nothing changes twice").isZero();
    }
}
