package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.Rulesets;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class RecordGroupCommitTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
        Webhooks.using(db.jdbi()).add("http://127.0.0.1:9/hook");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** A long window, so that the decisions submitted together are recorded by one statement. */
    final RecordGroupCommit group = new RecordGroupCommit(db.jdbi(), Duration.ofMillis(300));

    static Devices.Enrolment enrolment(String instance, String name) {
        return new Devices.Enrolment(name, "02:00:00:00:01:" + instance.substring(instance.length() - 2), instance, "impl-9",
                "SESIP-2600009-01", "https://mud.example/cam.json", "v9", InventoryStoreTest.FACTS,
                new Rulesets("mud " + instance, "quarantine " + instance, "deny " + instance), Instant.parse("2026-11-02T00:00:00Z"));
    }

    /** What is stored for a device, without its identity: decision, values, rules, history and webhook payloads. */
    static String stored(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                select d.decision || '|' || d.network_policy || '|' || encode(d.reasons_hash, 'hex') || '|'
                       || encode(d.facts_hash, 'hex') || '|' || r.mud || '|' || r.quarantine || '|' || r.deny || '|'
                       || d.last_attested_at::text || '|'
                       || (select string_agg(e.kind || ':' || e.trigger || ':' || e.decision || ':' || coalesce(e.previous, '-')
                                             || ':' || encode(e.reasons_hash, 'hex'), ',' order by e.id)
                           from device_event e where e.device_id = d.id) || '|'
                       || (select string_agg((w.event - 'deviceId' - 'name' - 'instanceId')::text, ',' order by w.id)
                           from webhook_delivery w where (w.event ->> 'deviceId')::bigint = d.id)
                from device d join device_ruleset r on r.hash = d.rulesets_hash where d.id = :id""")
                .bind("id", id).mapTo(String.class).one());
    }

    @Test
    void decisions_recorded_by_one_statement_store_exactly_what_recording_them_one_by_one_stores() {
        Devices devices = Devices.using(db.jdbi());
        List<DecisionBatch.Entry> entries = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            Decision d = i % 2 == 0 ? Decision.ADMITTED : Decision.RESTRICTED;
            entries.add(new DecisionBatch.Entry(enrolment("c0" + i, "cam"), InventoryStoreTest.decision(d, "X"),
                    "ONBOARDED", "device presented attestation evidence"));
        }
        var together = DecisionBatch.write(db.jdbi(), entries);
        int transactions = db.jdbi().withHandle(h -> h.createQuery(
                "select count(distinct xmin::text) from device where instance_id like 'c0%'").mapTo(Integer.class).one());
        assertThat(transactions).as("one transaction").isEqualTo(1);
        for (int i = 10; i < 20; i++) {
            Decision d = i % 2 == 0 ? Decision.ADMITTED : Decision.RESTRICTED;
            DeviceRecord alone = devices.record(enrolment("c1" + i, "cam"), InventoryStoreTest.decision(d, "X"),
                    "ONBOARDED", "device presented attestation evidence");
            DeviceRecord batched = together.get("c0" + i);
            assertThat(batched.decision()).isEqualTo(d);
            assertThat(batched.rules()).isEqualTo(d == Decision.ADMITTED ? "mud c0" + i : "quarantine c0" + i);
            assertThat(devices.find(batched.id()).orElseThrow()).isEqualTo(batched);
            assertThat(stored(batched.id()).replace("c0" + i, "INSTANCE"))
                    .isEqualTo(stored(alone.id()).replace("c1" + i, "INSTANCE"));
        }
        var again = DecisionBatch.write(db.jdbi(), List.of(new DecisionBatch.Entry(enrolment("c010", "cam"),
                InventoryStoreTest.decision(Decision.REFUSED, "Y"), "REATTESTED", "again")));
        assertThat(again.get("c010").id()).isEqualTo(together.get("c010").id());
        assertThat(devices.history(again.get("c010").id()).getFirst().previous()).isEqualTo(Decision.ADMITTED);
    }

    @Test
    void concurrent_decisions_through_the_group_commit_are_each_recorded() throws Exception {
        List<Future<DeviceRecord>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 10; i < 30; i++) {
                String instance = "f0" + i;
                futures.add(pool.submit(() -> group.record(enrolment(instance, "cam " + instance),
                        InventoryStoreTest.decision(Decision.ADMITTED, "X"), "ONBOARDED", "t")));
            }
        }
        for (int i = 10; i < 30; i++) {
            DeviceRecord r = futures.get(i - 10).get();
            assertThat(r.instanceId()).isEqualTo("f0" + i);
            assertThat(r.name()).isEqualTo("cam f0" + i);
            assertThat(Devices.using(db.jdbi()).find(r.id()).orElseThrow()).isEqualTo(r);
            assertThat(Devices.using(db.jdbi()).history(r.id())).hasSize(1);
        }
    }

    @Test
    void two_decisions_on_one_device_submitted_together_are_both_recorded_in_order() throws Exception {
        Future<DeviceRecord> first;
        Future<DeviceRecord> second;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            first = pool.submit(() -> group.record(enrolment("d0aa", "door"), InventoryStoreTest.decision(Decision.ADMITTED, "A"),
                    "ONBOARDED", "first"));
            second = pool.submit(() -> group.record(enrolment("d0aa", "door"), InventoryStoreTest.decision(Decision.REFUSED, "B"),
                    "ONBOARDED", "second"));
        }
        assertThat(first.get().id()).isEqualTo(second.get().id());
        Devices devices = Devices.using(db.jdbi());
        var history = devices.history(first.get().id());
        assertThat(history).hasSize(2);
        var latest = history.getFirst();
        assertThat(latest.previous()).isEqualTo(history.getLast().decision());
        assertThat(history.getLast().previous()).isNull();
        assertThat(devices.find(first.get().id()).orElseThrow().decision()).isEqualTo(latest.decision());
    }

    @Test
    void a_decision_that_cannot_be_stored_fails_alone_and_the_others_submitted_with_it_are_recorded() throws Exception {
        Future<DeviceRecord> good;
        Future<DeviceRecord> bad;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            good = pool.submit(() -> group.record(enrolment("e0bb", "good"), InventoryStoreTest.decision(Decision.ADMITTED, "A"),
                    "ONBOARDED", "t"));
            bad = pool.submit(() -> group.record(enrolment("e0cc", null), InventoryStoreTest.decision(Decision.ADMITTED, "A"),
                    "ONBOARDED", "t"));
        }
        assertThat(good.get().name()).isEqualTo("good");
        assertThat(Devices.using(db.jdbi()).findByInstance("e0bb")).isPresent();
        assertThatThrownBy(bad::get).hasRootCauseMessage(rootMessage(bad));
        assertThat(Devices.using(db.jdbi()).findByInstance("e0cc")).isEmpty();
    }

    private static String rootMessage(Future<?> f) {
        try {
            f.get();
            return "";
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            assertThat(t.getMessage()).contains("null value in column \"name\"");
            return t.getMessage();
        }
    }
}
