package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.Reason;
import org.trustbricks.onboarding.Rulesets;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

/** The re-attestation schedule over a real PostgreSQL database, with a clock the test moves. */
class ReattestationSchedulerTest {

    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Database db;
    SettableClock clock;
    Reattestations requests;
    ReattestationScheduler scheduler;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        clock = new SettableClock(T0);
        requests = Reattestations.using(db.jdbi(), nonces(clock), clock);
        scheduler = ReattestationScheduler.using(db.jdbi(), requests, clock);
        SitePolicies.using(db.jdbi()).save(SitePolicy.defaults().withReattestation(60, 10, Decision.RESTRICTED), "admin@site.test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    AttestationNonces nonces(java.time.Clock c) {
        return AttestationNonces.using(db.jdbi(), new byte[32], c, Duration.ofMinutes(5));
    }

    DeviceRecord enrol(String instance, Instant attestedAt) {
        var e = new Devices.Enrolment("lock " + instance, null, instance, "impl-1", "SESIP-2600001-01",
                "https://mud.example/lock.json", "v1", InventoryStoreTest.FACTS, new Rulesets("mud rules", "quarantine rules", "deny rules"),
                attestedAt);
        return Devices.using(db.jdbi()).record(e, OnboardingEngine.decide(InventoryStoreTest.FACTS, SitePolicies.using(db.jdbi()).current()),
                "ONBOARDED", "test");
    }

    long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void the_schedule_asks_a_device_once_its_evidence_is_older_than_the_interval_and_only_once() {
        DeviceRecord lock = enrol("a1", T0);
        Webhooks.using(db.jdbi()).add("https://gateway.example/hook");
        clock.advance(Duration.ofMinutes(59));
        assertThat(scheduler.tick().issued()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(scheduler.tick().issued()).isEqualTo(1);
        assertThat(scheduler.tick().issued()).as("an open request is not issued twice").isZero();

        ReattestationRequest r = requests.pendingFor("a1").orElseThrow();
        assertThat(r.deviceId()).isEqualTo(lock.id());
        assertThat(r.requestedBy()).isEqualTo("schedule");
        assertThat(r.dueBy()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(java.util.Base64.getDecoder().decode(r.nonce())).hasSize(32);
        assertThat(nonces(clock).consume(java.util.Base64.getDecoder().decode(r.nonce())))
                .as("the request's nonce is one the verifier accepts").isEqualTo(org.trustbricks.attestation.appraisal.NonceStatus.FRESH);
        assertThat(Devices.using(db.jdbi()).history(lock.id()).getFirst().kind()).isEqualTo("REATTESTATION_REQUESTED");
        String hook = db.jdbi().withHandle(h -> h.createQuery("select event::text from webhook_delivery order by id desc limit 1")
                .mapTo(String.class).one());
        assertThat(hook).contains("device.reattestation_requested").contains(r.nonce()).contains("/api/onboarding/reattestations/" + r.id());
        assertThat(AttestationStates.using(db.jdbi()).of(List.of(lock.id())).get(lock.id()).state()).isEqualTo(AttestationState.PENDING);
    }

    @Test
    void a_device_that_does_not_answer_within_the_grace_period_is_degraded_with_history_webhook_and_reason() {
        DeviceRecord lock = enrol("b2", T0);
        assertThat(lock.decision()).isEqualTo(Decision.ADMITTED);
        Webhooks.using(db.jdbi()).add("https://gateway.example/hook");
        clock.advance(Duration.ofMinutes(61));
        scheduler.tick();
        clock.advance(Duration.ofMinutes(9));
        assertThat(scheduler.tick().overdue()).as("still within the grace period").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(scheduler.tick().overdue()).isEqualTo(1);

        DeviceRecord after = Devices.using(db.jdbi()).find(lock.id()).orElseThrow();
        assertThat(after.decision()).isEqualTo(Decision.RESTRICTED);
        assertThat(after.rules()).isEqualTo("quarantine rules");
        assertThat(after.reasons()).extracting(Reason::code).contains("ATTESTATION_OVERDUE");
        DeviceEvent last = Devices.using(db.jdbi()).history(lock.id()).getFirst();
        assertThat(last.kind()).isEqualTo("ATTESTATION_OVERDUE");
        assertThat(last.previous()).isEqualTo(Decision.ADMITTED);
        assertThat(last.trigger()).contains("grace period of 10 minutes");
        assertThat(count("select count(*) from webhook_delivery where event->>'type' = 'device.decision' and event->>'decision' = 'RESTRICTED'"))
                .isEqualTo(1);
        assertThat(requests.forDevice(lock.id(), 5).getFirst().state()).isEqualTo("OVERDUE");
        assertThat(org.trustbricks.registry.audit.AuditLog.using(db.jdbi()).about("device/" + lock.id()))
                .as(org.trustbricks.registry.audit.AuditLog.using(db.jdbi()).recent(10).toString())
                .extracting(org.trustbricks.registry.audit.AuditEntry::action)
                .contains("onboarding.reattestation.request", "onboarding.attestation.overdue");
        assertThat(org.trustbricks.registry.audit.AuditLog.using(db.jdbi()).verify().intact()).isTrue();
        assertThat(AttestationStates.using(db.jdbi()).search(DeviceQuery.all(), AttestationState.OVERDUE))
                .extracting(DeviceRecord::id).containsExactly(lock.id());
    }

    @Test
    void the_overdue_reason_stays_when_the_platform_certificate_changes_later() {
        DeviceRecord lock = enrol("c3", T0);
        clock.advance(Duration.ofMinutes(61));
        scheduler.tick();
        clock.advance(Duration.ofMinutes(11));
        scheduler.tick();
        var review = new CertificateFacts("SESIP-2600001-01", CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of());
        Reevaluation.certificatesChanged(db.jdbi(), Map.of("SESIP-2600001-01", review), SitePolicies.using(db.jdbi()).current(), "review");
        assertThat(Devices.using(db.jdbi()).find(lock.id()).orElseThrow().reasons()).extracting(Reason::code)
                .contains("ATTESTATION_OVERDUE", "CERTIFICATE_UNDER_VULNERABILITY_REVIEW");
    }

    @Test
    void a_device_that_attested_again_through_onboarding_meanwhile_is_not_degraded() {
        DeviceRecord lock = enrol("d4", T0);
        clock.advance(Duration.ofMinutes(61));
        scheduler.tick();
        clock.advance(Duration.ofMinutes(5));
        enrol("d4", clock.instant());
        clock.advance(Duration.ofMinutes(6));
        assertThat(scheduler.tick().overdue()).isZero();
        assertThat(Devices.using(db.jdbi()).find(lock.id()).orElseThrow().decision()).isEqualTo(Decision.ADMITTED);
        assertThat(requests.forDevice(lock.id(), 5).getFirst().state()).isEqualTo("ANSWERED");
    }

    @Test
    void an_administrator_asks_one_device_or_a_filtered_set_and_asking_again_returns_the_open_request() {
        DeviceRecord one = enrol("e5", T0);
        DeviceRecord two = enrol("f6", T0);
        DeviceRecord three = enrol("a7", T0);
        ReattestationRequest first = requests.request(one.id(), "admin@site.test").orElseThrow();
        assertThat(requests.request(one.id(), "admin@site.test")).contains(first);
        assertThat(requests.request(999_999, "admin@site.test")).isEmpty();
        int issued = requests.requestMatching(new DeviceQuery("f6", null, null, 1, 0), null, "admin@site.test");
        assertThat(issued).isEqualTo(1);
        assertThat(requests.open(two.id())).isPresent();
        assertThat(requests.open(three.id())).isEmpty();
        assertThat(requests.requestMatching(DeviceQuery.all(), AttestationState.CURRENT, "admin@site.test"))
                .as("only the device without a request is current").isEqualTo(1);
        assertThat(AttestationStates.using(db.jdbi()).counts()).containsEntry(AttestationState.PENDING, 3);
    }

    @Test
    void two_instances_ticking_at_once_issue_each_request_once() throws Exception {
        for (int i = 0; i < 40; i++) {
            enrol(String.format("%04x", i), T0);
        }
        clock.advance(Duration.ofMinutes(61));
        var other = ReattestationScheduler.using(db.jdbi(), Reattestations.using(db.jdbi(), nonces(clock), clock), clock);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<ReattestationScheduler.Pass> a = pool.submit(scheduler::tick);
            Future<ReattestationScheduler.Pass> b = pool.submit(other::tick);
            assertThat(a.get().issued() + b.get().issued()).isEqualTo(40);
        }
        assertThat(count("select count(*) from reattestation_request")).isEqualTo(40);
        assertThat(count("select count(distinct device_id) from reattestation_request")).isEqualTo(40);
    }
}
