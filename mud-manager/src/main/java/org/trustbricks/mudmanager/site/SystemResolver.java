package org.trustbricks.mudmanager.site;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * Resolves through the operating system's resolver (point it at the resolver the devices use). The JDK does not
 * expose record TTLs, so a configured TTL is assumed; the JDK's own cache (networkaddress.cache.ttl) applies too.
 */
public final class SystemResolver implements DnsResolver {

    private final long assumedTtlSeconds;

    private SystemResolver(long assumedTtlSeconds) {
        this.assumedTtlSeconds = assumedTtlSeconds;
    }

    /** A resolver that treats every answer as valid for the given number of seconds. */
    public static SystemResolver withAssumedTtl(long seconds) {
        return new SystemResolver(seconds);
    }

    @Override
    public Resolution resolve(String name) {
        if (name.isEmpty() || name.matches("[0-9.]+") || name.contains(":")) {
            return Resolution.failed(name, "not a host name", assumedTtlSeconds);
        }
        try {
            List<Prefix> out = new ArrayList<>();
            for (InetAddress a : InetAddress.getAllByName(name)) {
                out.add(Prefix.of(a.getAddress(), a.getAddress().length * 8));
            }
            return Resolution.of(name, out, assumedTtlSeconds);
        } catch (UnknownHostException | SecurityException e) {
            return Resolution.failed(name, "lookup failed", assumedTtlSeconds);
        }
    }
}
