package org.trustbricks.registry.attestation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.db.TextArrays;

/**
 * Group commit of single-use nonce consumption: the nonces of concurrent requests that arrive within one short window
 * (or while the previous statement runs) are deleted by a single
 * {@code delete ... where nonce = any(...) returning nonce, expires_at}, and each caller learns whether its own nonce
 * was among the rows returned. The same nonce twice in one batch gets the row once; the later caller is told it was
 * already used, exactly as two sequential deletes would. Up to two background threads run the statements, so a batch
 * gathers while the previous one waits for its commit to be flushed (the same nonce in two concurrent batches is
 * returned by one delete only: the row lock orders them); they start on demand and stop after a second without work.
 */
final class NonceGroupCommit {

    static final int MAX_BATCH = 512;
    static final int MAX_DRAINERS = 2;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final HexFormat HEX = HexFormat.of();
    private static final String DELETE = "delete from attestation_nonce where nonce = any(array(select decode(h, 'hex') from unnest(:ns) as h))"
            + " returning nonce, expires_at";

    private final Jdbi jdbi;
    private final long windowNanos;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger drainers = new AtomicInteger();

    NonceGroupCommit(Jdbi jdbi, Duration window) {
        this.jdbi = jdbi;
        this.windowNanos = window.toNanos();
    }

    /** Deletes the nonce (together with others waiting); its expiry when it was still stored, empty when not. */
    Optional<OffsetDateTime> consume(byte[] nonce) {
        Pending p = new Pending(HEX.formatHex(nonce), new CompletableFuture<>());
        queue.add(p);
        int n = drainers.get();
        if ((n == 0 || n < MAX_DRAINERS && queue.size() > 1) && drainers.compareAndSet(n, n + 1)) {
            Thread.ofPlatform().daemon().name("attestation-nonce-commit").start(this::drain);
        }
        try {
            return p.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void drain() {
        while (true) {
            Pending first;
            try {
                first = queue.poll(IDLE_NANOS, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                int n = drainers.decrementAndGet();
                if (queue.isEmpty() || n >= MAX_DRAINERS || !drainers.compareAndSet(n, n + 1)) {
                    return;
                }
                continue;
            }
            List<Pending> batch = collect(first);
            try {
                commit(batch);
            } catch (RuntimeException e) {
                batch.forEach(p -> p.result().completeExceptionally(e));
            } catch (Error e) {   // the waiting callers learn of it, and the next caller starts another thread
                batch.forEach(p -> p.result().completeExceptionally(e));
                drainers.decrementAndGet();
                throw e;
            }
        }
    }

    private List<Pending> collect(Pending first) {
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < MAX_BATCH) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Pending next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
        return batch;
    }

    private void commit(List<Pending> batch) {
        Map<String, Pending> owners = new HashMap<>();
        List<Pending> duplicates = new ArrayList<>();
        for (Pending p : batch) {
            if (owners.putIfAbsent(p.hex(), p) != null) {
                duplicates.add(p);
            }
        }
        Map<String, OffsetDateTime> deleted = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(DELETE).bind("ns", TextArrays.of(owners.keySet()))
                .map((rs, ctx) -> Map.entry(HEX.formatHex(rs.getBytes(1)), rs.getObject(2, OffsetDateTime.class)))
                .forEach(e -> deleted.put(e.getKey(), e.getValue())));
        owners.forEach((hex, p) -> p.result().complete(Optional.ofNullable(deleted.get(hex))));
        duplicates.forEach(p -> p.result().complete(Optional.empty()));
    }

    private record Pending(String hex, CompletableFuture<Optional<OffsetDateTime>> result) {
    }
}
