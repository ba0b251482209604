package org.trustbricks.registry.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.appraisal.NonceStatus;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

/** Single-use nonces in a real PostgreSQL: freshness, expiry, replay, forgery, and one winner under concurrency. */
class AttestationNoncesTest {

    private static final byte[] KEY = "a nonce tag key for the tests...".getBytes();
    private static Database db;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private AttestationNonces nonces() {
        return AttestationNonces.using(db.jdbi(), KEY, clock, Duration.ofMinutes(5));
    }

    @Test
    void an_issued_nonce_is_fresh_once_and_then_already_used() {
        byte[] n = nonces().issue(1, 32).get(0).value();
        assertThat(nonces().consume(n)).isEqualTo(NonceStatus.FRESH);
        assertThat(nonces().consume(n)).isEqualTo(NonceStatus.ALREADY_USED);
    }

    @Test
    void a_nonce_presented_after_its_lifetime_is_expired_and_purged() {
        byte[] n = nonces().issue(1, 48).get(0).value();
        now.set(now.get().plus(Duration.ofMinutes(5)).plusMillis(1));
        assertThat(nonces().consume(n)).isEqualTo(NonceStatus.EXPIRED);
        assertThat(nonces().purgeExpired()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_nonce_from_another_key_or_with_a_changed_byte_is_unknown() {
        byte[] n = nonces().issue(1, 64).get(0).value();
        byte[] other = AttestationNonces.using(db.jdbi(), "another key, another verifier...".getBytes(), clock, Duration.ofMinutes(5))
                .issue(1, 64).get(0).value();
        assertThat(nonces().consume(other)).isEqualTo(NonceStatus.UNKNOWN);
        n[3] ^= 1;
        assertThat(nonces().consume(n)).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces().consume(new byte[31])).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(nonces().consume(null)).isEqualTo(NonceStatus.UNKNOWN);
    }

    @Test
    void of_many_concurrent_consumers_of_one_nonce_exactly_one_wins() throws Exception {
        byte[] n = nonces().issue(1, 32).get(0).value();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NonceStatus>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<NonceStatus>) () -> nonces().consume(n)));
            }
            List<NonceStatus> statuses = new ArrayList<>();
            for (Future<NonceStatus> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(NonceStatus.FRESH);
            assertThat(statuses).filteredOn(s -> s != NonceStatus.FRESH).containsOnly(NonceStatus.ALREADY_USED);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrent_consumers_sharing_one_verifier_each_learn_their_own_nonce_and_every_replay_is_refused() throws Exception {
        AttestationNonces shared = nonces();
        List<byte[]> issued = shared.issue(300, 32).stream().map(AttestationNonces.IssuedNonce::value).toList();
        byte[] forged = issued.get(0).clone();
        forged[0] ^= 1;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<NonceStatus>> first = new ArrayList<>();
            List<Future<NonceStatus>> second = new ArrayList<>();
            for (byte[] n : issued) {
                first.add(pool.submit(() -> shared.consume(n)));
                second.add(pool.submit(() -> shared.consume(n)));
            }
            Future<NonceStatus> unknown = pool.submit(() -> shared.consume(forged));
            for (int i = 0; i < issued.size(); i++) {
                assertThat(List.of(first.get(i).get(), second.get(i).get()))
                        .containsExactlyInAnyOrder(NonceStatus.FRESH, NonceStatus.ALREADY_USED);
            }
            assertThat(unknown.get()).isEqualTo(NonceStatus.UNKNOWN);
            assertThat(shared.consume(issued.get(7))).isEqualTo(NonceStatus.ALREADY_USED);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sizes_and_batch_counts_outside_the_rules_are_refused() {
        assertThatThrownBy(() -> nonces().issue(1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> nonces().issue(AttestationNonces.MAX_BATCH + 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThat(nonces().issue(3, 32)).hasSize(3).allSatisfy(x -> assertThat(x.value()).hasSize(32));
    }
}
