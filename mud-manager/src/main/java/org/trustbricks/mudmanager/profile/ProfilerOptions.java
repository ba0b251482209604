package org.trustbricks.mudmanager.profile;

import java.time.Instant;
import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * The profiler's rules, each documented in docs/mud-manager/profiler-rules.md. Nothing is pruned or widened unless an
 * option here says so, and every application of a rule is listed in the result's report.
 *
 * @param mudUrl              MUD URL to write; null uses one the device announced by DHCP/LLDP, else a stand-in under mud.example.invalid
 * @param deviceName          name used in ACL names and systeminfo
 * @param localNetworks       prefixes treated as local (rule R3)
 * @param localAsAbstraction  R3: write local peers as {@code local-networks} (true) or as literal addresses (false)
 * @param dnsNtpAsController  R4: write local DNS/NTP servers as controller URNs (true) or as literal addresses (false)
 * @param nameFromDns         R2: replace addresses by the DNS names the device looked up
 * @param widenLiteralAt      R6: when at least this many literal public addresses share a protocol and service port,
 *                            allow any address for it; 0 disables
 * @param minPackets          R7: leave out flows with fewer packets (1 keeps everything)
 * @param keepClientPortBelow R1: keep the client-side port when it is below this (fixed, well-known ports)
 * @param maxFlows            memory bound: distinct flows tracked; more are counted and reported, not tracked
 * @param maxConnections      memory bound: connections whose opening direction is remembered
 * @param cacheValidity       cache-validity hours written to the file
 * @param lastUpdate          last-update written to the file (null: now)
 */
public record ProfilerOptions(String mudUrl, String deviceName, List<Prefix> localNetworks, boolean localAsAbstraction,
        boolean dnsNtpAsController, boolean nameFromDns, int widenLiteralAt, int minPackets, int keepClientPortBelow,
        int maxFlows, int maxConnections, int cacheValidity, Instant lastUpdate) {

    /** RFC 1918, RFC 6598 shared space, IPv4/IPv6 link-local and IPv6 unique-local prefixes. */
    public static final List<Prefix> PRIVATE_NETWORKS = List.of(Prefix.parse("10.0.0.0/8"),
            Prefix.parse("172.16.0.0/12"), Prefix.parse("192.168.0.0/16"), Prefix.parse("169.254.0.0/16"),
            Prefix.parse("fe80::/10"), Prefix.parse("fc00::/7"));

    public ProfilerOptions {
        localNetworks = List.copyOf(localNetworks);
        if (minPackets < 1 || maxFlows < 1 || maxConnections < 16 || cacheValidity < 1 || cacheValidity > 168
                || widenLiteralAt < 0) {
            throw new IllegalArgumentException("profiler options out of range");
        }
    }

    /** The documented defaults. */
    public static ProfilerOptions defaults() {
        return new ProfilerOptions(null, "device", PRIVATE_NETWORKS, true, true, true, 0, 1, 1024, 100_000, 1 << 20,
                48, null);
    }

    /** A copy with a MUD URL. */
    public ProfilerOptions withMudUrl(String url) {
        return new ProfilerOptions(url, deviceName, localNetworks, localAsAbstraction, dnsNtpAsController, nameFromDns,
                widenLiteralAt, minPackets, keepClientPortBelow, maxFlows, maxConnections, cacheValidity, lastUpdate);
    }

    /** A copy with a device name. */
    public ProfilerOptions withDeviceName(String name) {
        return new ProfilerOptions(mudUrl, name, localNetworks, localAsAbstraction, dnsNtpAsController, nameFromDns,
                widenLiteralAt, minPackets, keepClientPortBelow, maxFlows, maxConnections, cacheValidity, lastUpdate);
    }

    /** A copy with R6 (literal widening) set. */
    public ProfilerOptions withWidenLiteralAt(int count) {
        return new ProfilerOptions(mudUrl, deviceName, localNetworks, localAsAbstraction, dnsNtpAsController,
                nameFromDns, count, minPackets, keepClientPortBelow, maxFlows, maxConnections, cacheValidity, lastUpdate);
    }

    /** A copy with R7 (minimum packets) set. */
    public ProfilerOptions withMinPackets(int count) {
        return new ProfilerOptions(mudUrl, deviceName, localNetworks, localAsAbstraction, dnsNtpAsController,
                nameFromDns, widenLiteralAt, count, keepClientPortBelow, maxFlows, maxConnections, cacheValidity, lastUpdate);
    }

    /** A copy with a fixed last-update time (reproducible output). */
    public ProfilerOptions withLastUpdate(Instant when) {
        return new ProfilerOptions(mudUrl, deviceName, localNetworks, localAsAbstraction, dnsNtpAsController,
                nameFromDns, widenLiteralAt, minPackets, keepClientPortBelow, maxFlows, maxConnections, cacheValidity, when);
    }

    /** A copy with the memory bounds set. */
    public ProfilerOptions withLimits(int flows, int connections) {
        return new ProfilerOptions(mudUrl, deviceName, localNetworks, localAsAbstraction, dnsNtpAsController,
                nameFromDns, widenLiteralAt, minPackets, keepClientPortBelow, flows, connections, cacheValidity, lastUpdate);
    }
}
