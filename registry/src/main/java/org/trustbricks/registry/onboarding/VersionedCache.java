package org.trustbricks.registry.onboarding;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values loaded from the database, kept while a change counter (and the day, for date-dependent values) stays where
 * it was when they were loaded. A caller that read an older counter than the cache holds loads without caching, so a
 * value is never kept under a counter newer than the data it was read from.
 *
 * @param <K> key
 * @param <V> value (never null)
 */
final class VersionedCache<K, V> {

    private record Generation<K, V>(long version, long day, Map<K, V> values) {
    }

    private final int maxEntries;
    private volatile Generation<K, V> current = new Generation<>(Long.MIN_VALUE, Long.MIN_VALUE, new ConcurrentHashMap<>());

    VersionedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value for {@code key} as of {@code version} on {@code day}, loaded when not cached for them. */
    V get(long version, long day, K key, Function<K, V> load) {
        Generation<K, V> g = current;
        if (g.version() != version || g.day() != day) {
            if (version < g.version() || day < g.day()) {
                return load.apply(key);
            }
            g = renew(version, day);
        }
        V v = g.values().get(key);
        if (v == null) {
            v = load.apply(key);
            if (g.values().size() < maxEntries) {
                g.values().put(key, v);
            }
        }
        return v;
    }

    private synchronized Generation<K, V> renew(long version, long day) {
        Generation<K, V> g = current;
        if (version > g.version() || (version == g.version() && day > g.day())) {
            g = new Generation<>(version, day, new ConcurrentHashMap<>());
            current = g;
        }
        return g;
    }
}
