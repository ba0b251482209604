package org.trustbricks.registry.db;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Group commit: items that concurrent callers submit within one short window (or while the previous statement runs)
 * are handed to one {@link Committer} call, which completes each caller's result. Background threads run the
 * commits; they start on demand (up to a set number, so that a batch can gather while the previous one waits for its
 * commit) and stop after a second without work. A committer that throws fails the results it left incomplete; an
 * {@link Error} also fails everything waiting and ends its thread (the next caller starts another).
 *
 * @param <T> what a caller submits
 * @param <R> what the caller gets back
 */
public final class GroupCommit<T, R> {

    /** Commits one batch, completing the result of every pending item in it. */
    @FunctionalInterface
    public interface Committer<T, R> {
        void commit(List<Pending<T, R>> batch);
    }

    /** One submitted item and the result its caller waits for. */
    public record Pending<T, R>(T item, CompletableFuture<R> result) {
    }

    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String threadName;
    private final long windowNanos;
    private final int maxBatch;
    private final int maxThreads;
    private final Function<T, ?> key;
    private final Committer<T, R> committer;
    private final LinkedBlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    /**
     * Items held back because their key was already in the batch: only keyed commits have any, and those run on one
     * thread, which alone touches this (unkeyed, every item drained from the queue fits the batch it was drained for).
     */
    private final ArrayDeque<Pending<T, R>> deferred = new ArrayDeque<>();
    private final AtomicInteger threads = new AtomicInteger();

    private GroupCommit(String threadName, Duration window, int maxBatch, int maxThreads, Function<T, ?> key,
                        Committer<T, R> committer) {
        this.threadName = threadName;
        this.windowNanos = window.toNanos();
        this.maxBatch = maxBatch;
        this.maxThreads = maxThreads;
        this.key = key;
        this.committer = committer;
    }

    /** Batches of at most {@code maxBatch} items, committed by up to {@code maxThreads} threads at once. */
    public static <T, R> GroupCommit<T, R> of(String threadName, Duration window, int maxBatch, int maxThreads,
                                              Committer<T, R> committer) {
        return new GroupCommit<>(threadName, window, maxBatch, maxThreads, null, committer);
    }

    /**
     * Batches with at most one item per key, committed by one thread: a later item with a key already in the batch
     * waits for the next batch, so items with one key are committed in the order they were submitted.
     */
    public static <T, R> GroupCommit<T, R> onePerKey(String threadName, Duration window, int maxBatch, Function<T, ?> key,
                                                     Committer<T, R> committer) {
        return new GroupCommit<>(threadName, window, maxBatch, 1, key, committer);
    }

    /** Submits the item and waits for its batch to be committed; the committer's failure is rethrown. */
    public R submit(T item) {
        Pending<T, R> p = new Pending<>(item, new CompletableFuture<>());
        queue.add(p);
        int n = threads.get();
        if ((n == 0 || n < maxThreads && queue.size() > 1) && threads.compareAndSet(n, n + 1)) {
            Thread.ofPlatform().daemon().name(threadName).start(this::drain);
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
            Pending<T, R> first = deferred.pollFirst();
            if (first == null) {
                try {
                    first = queue.poll(IDLE_NANOS, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    first = null;
                }
            }
            if (first == null) {
                int n = threads.decrementAndGet();
                if (queue.isEmpty() || n >= maxThreads || !threads.compareAndSet(n, n + 1)) {
                    return;
                }
                continue;
            }
            List<Pending<T, R>> batch = collect(first);
            try {
                committer.commit(batch);
            } catch (RuntimeException e) {
                batch.forEach(p -> p.result().completeExceptionally(e));
            } catch (Error e) {
                batch.forEach(p -> p.result().completeExceptionally(e));
                deferred.forEach(p -> p.result().completeExceptionally(e));
                deferred.clear();
                threads.decrementAndGet();
                throw e;
            }
        }
    }

    /** The first pending item and those that follow within the window (at most one per key, when keyed). */
    private List<Pending<T, R>> collect(Pending<T, R> first) {
        List<Pending<T, R>> batch = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        List<Pending<T, R>> candidates = new ArrayList<>(deferred);
        deferred.clear();
        add(first, batch, keys);
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < maxBatch) {
            if (!candidates.isEmpty()) {
                add(candidates.removeFirst(), batch, keys);
                continue;
            }
            long left = deadline - System.nanoTime();
            Pending<T, R> next;
            try {
                next = left <= 0 ? queue.poll() : queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                next = null;
            }
            if (next == null) {
                break;
            }
            add(next, batch, keys);
            queue.drainTo(candidates, maxBatch - batch.size());
        }
        deferred.addAll(candidates);
        return batch;
    }

    private void add(Pending<T, R> p, List<Pending<T, R>> batch, Set<Object> keys) {
        if (key == null || keys.add(key.apply(p.item()))) {
            batch.add(p);
        } else {
            deferred.add(p);
        }
    }
}
