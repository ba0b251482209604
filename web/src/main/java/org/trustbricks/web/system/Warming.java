package org.trustbricks.web.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of a feature that is costly to build (a compiled schema, a verifier with its keys), built once: in the
 * background after the server has started ({@link #begin()}), or by the first caller that needs it. A caller that
 * needs it while it is still being built waits for it; a build that failed is tried again by the next caller.
 *
 * @param <T> what is built
 */
public final class Warming<T> implements Supplier<T> {

    private final String name;
    private final Supplier<T> factory;
    private FutureTask<T> task;
    private boolean closed;

    private Warming(String name, Supplier<T> factory) {
        this.name = name;
        this.factory = factory;
    }

    /** Nothing is built until {@link #begin()} or the first {@link #get()}. */
    public static <T> Warming<T> of(String name, Supplier<T> factory) {
        return new Warming<>(name, factory);
    }

    /** Starts building on a background thread, unless it is already built or being built. */
    public void begin() {
        FutureTask<T> t = current();
        if (t != null && !t.isDone()) {
            Thread.ofPlatform().daemon().name("warm-up-" + name).start(t);
        }
    }

    /** The built value, waiting for (or doing) the build; throws what the build threw. */
    @Override
    public T get() {
        FutureTask<T> t = current();
        if (t == null) {
            throw ApiException.conflict(name + " is not running (the server is stopping)");
        }
        t.run();   // builds here unless a background thread has started (or finished) it
        try {
            return t.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to start", e);
        } catch (ExecutionException e) {
            forget(t);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** True once the value is built (a request then never waits). */
    public synchronized boolean isReady() {
        return task != null && task.isDone() && succeeded(task);
    }

    /**
     * Refuses further use and hands the value to {@code closer}, waiting for a build in progress to finish so that
     * nothing it starts is left running.
     */
    public void close(Consumer<T> closer) {
        FutureTask<T> t;
        synchronized (this) {
            closed = true;
            t = task;
            task = null;
        }
        if (t == null) {
            return;
        }
        t.run();   // a build nobody started ends at once (see build()); one under way is waited for
        try {
            closer.accept(t.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the build failed: there is nothing to close
        }
    }

    private synchronized FutureTask<T> current() {
        if (closed) {
            return null;
        }
        if (task == null) {
            task = new FutureTask<>(this::build);
        }
        return task;
    }

    private T build() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException(name + " was stopped before it started");
            }
        }
        return factory.get();
    }

    private synchronized void forget(FutureTask<T> failed) {
        if (task == failed) {
            task = null;
        }
    }

    private static boolean succeeded(FutureTask<?> t) {
        try {
            t.get();
            return true;
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
            return false;
        }
    }
}
