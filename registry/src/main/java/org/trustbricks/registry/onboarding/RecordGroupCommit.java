package org.trustbricks.registry.onboarding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.OnboardingDecision;

/**
 * Group commit of onboarding decisions: the decisions of concurrent requests that arrive within one short window (or
 * while the previous statement runs) are recorded by one statement ({@link DecisionBatch}), each device with its
 * history entry, webhook deliveries and notification exactly as {@link Devices#record} writes one. A batch never holds
 * two decisions for one instance id (the later waits for the next batch, so they apply in order); when a batch
 * statement fails, its decisions are recorded one by one, so a bad decision fails only its own caller. One background
 * thread runs the statements; it starts on demand and stops after a second without work.
 */
final class RecordGroupCommit {

    static final int MAX_BATCH = 64;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Jdbi jdbi;
    private final long windowNanos;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Pending> deferred = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();

    RecordGroupCommit(Jdbi jdbi, Duration window) {
        this.jdbi = jdbi;
        this.windowNanos = window.toNanos();
    }

    /** Records the decision (together with others waiting) and returns the device. */
    DeviceRecord record(Devices.Enrolment e, OnboardingDecision d, String kind, String trigger) {
        Pending p = new Pending(new DecisionBatch.Entry(e, d, kind, trigger), new CompletableFuture<>());
        queue.add(p);
        if (running.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("onboarding-record-commit").start(this::drain);
        }
        try {
            return p.result().join();
        } catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw ex;
        }
    }

    private void drain() {
        while (true) {
            Pending first = deferred.isEmpty() ? null : deferred.removeFirst();
            if (first == null) {
                try {
                    first = queue.poll(IDLE_NANOS, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    first = null;
                }
            }
            if (first == null) {
                running.set(false);
                if (queue.isEmpty() || !running.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            List<Pending> batch = collect(first);
            try {
                commit(batch);
            } catch (RuntimeException e) {
                one(batch);
            } catch (Error e) {   // the waiting callers learn of it, and the next caller starts another thread
                batch.forEach(p -> p.result().completeExceptionally(e));
                deferred.forEach(p -> p.result().completeExceptionally(e));
                deferred.clear();
                running.set(false);
                throw e;
            }
        }
    }

    /** The first pending decision and those that follow within the window, at most one per instance id. */
    private List<Pending> collect(Pending first) {
        List<Pending> batch = new ArrayList<>();
        Set<String> instances = new HashSet<>();
        List<Pending> candidates = new ArrayList<>(deferred);
        deferred.clear();
        add(first, batch, instances);
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < MAX_BATCH) {
            if (!candidates.isEmpty()) {
                add(candidates.removeFirst(), batch, instances);
                continue;
            }
            long left = deadline - System.nanoTime();
            Pending next;
            try {
                next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                next = null;
            }
            if (next == null) {
                break;
            }
            add(next, batch, instances);
            queue.drainTo(candidates, MAX_BATCH - batch.size());
        }
        deferred.addAll(candidates);
        return batch;
    }

    private void add(Pending p, List<Pending> batch, Set<String> instances) {
        if (instances.add(p.entry().enrolment().instanceId())) {
            batch.add(p);
        } else {
            deferred.add(p);
        }
    }

    private void commit(List<Pending> batch) {
        Map<String, DeviceRecord> recorded = DecisionBatch.write(jdbi, batch.stream().map(Pending::entry).toList());
        for (Pending p : batch) {
            DeviceRecord r = recorded.get(p.entry().enrolment().instanceId());
            if (r == null) {
                p.result().completeExceptionally(new IllegalStateException("the device was not recorded"));
            } else {
                p.result().complete(r);
            }
        }
    }

    private void one(List<Pending> batch) {
        for (Pending p : batch) {
            try {
                DecisionBatch.Entry e = p.entry();
                p.result().complete(Devices.using(jdbi).record(e.enrolment(), e.decision(), e.kind(), e.trigger()));
            } catch (RuntimeException ex) {
                p.result().completeExceptionally(ex);
            }
        }
    }

    private record Pending(DecisionBatch.Entry entry, CompletableFuture<DeviceRecord> result) {
    }
}
