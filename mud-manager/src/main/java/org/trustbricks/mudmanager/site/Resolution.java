package org.trustbricks.mudmanager.site;

import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * The answer for one name.
 *
 * @param name       the name asked for
 * @param addresses  host prefixes of the A/AAAA answers (empty on failure)
 * @param ttlSeconds how long the answer may be used
 * @param error      why resolution failed, or null
 */
public record Resolution(String name, List<Prefix> addresses, long ttlSeconds, String error) {

    public Resolution {
        addresses = List.copyOf(addresses);
    }

    /** A successful answer. */
    public static Resolution of(String name, List<Prefix> addresses, long ttlSeconds) {
        return new Resolution(name, addresses, ttlSeconds, null);
    }

    /** A failed lookup, retried after {@code ttlSeconds}. */
    public static Resolution failed(String name, String error, long ttlSeconds) {
        return new Resolution(name, List.of(), ttlSeconds, error);
    }
}
