package org.trustbricks.mudmanager.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.mudmanager.net.Prefix;

/** Answers from a fixed table (tests, offline compilation, or the DNS answers seen in captures). */
public final class StaticResolver implements DnsResolver {

    private final Map<String, List<Prefix>> table;
    private final long ttlSeconds;

    private StaticResolver(Map<String, List<Prefix>> table, long ttlSeconds) {
        this.table = Map.copyOf(table);
        this.ttlSeconds = ttlSeconds;
    }

    /** A resolver answering from the table with one TTL. */
    public static StaticResolver of(Map<String, List<Prefix>> table, long ttlSeconds) {
        return new StaticResolver(table, ttlSeconds);
    }

    @Override
    public Resolution resolve(String name) {
        List<Prefix> a = table.get(name.toLowerCase(Locale.ROOT));
        return a == null ? Resolution.failed(name, "no answer", ttlSeconds) : Resolution.of(name, a, ttlSeconds);
    }
}
