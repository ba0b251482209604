package org.trustbricks.mudmanager.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;

/** SSRF guard: which resolved addresses may be contacted. */
final class TargetPolicy {

    private static final List<Prefix> SPECIAL = List.of(Prefix.parse("0.0.0.0/8"), Prefix.parse("100.64.0.0/10"),
            Prefix.parse("192.0.0.0/24"), Prefix.parse("198.18.0.0/15"), Prefix.parse("240.0.0.0/4"),
            Prefix.parse("fc00::/7"), Prefix.parse("64:ff9b::/96"),
            Prefix.parse("2001:db8::/32"), Prefix.parse("100::/64"));

    private TargetPolicy() {
    }

    /** Why the address may not be contacted, or null when it may. */
    static String refusal(InetAddress a, List<Prefix> allowed) {
        for (Prefix p : allowed) {
            if (p.contains(a)) {
                return null;
            }
        }
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return "not a unicast address";
        }
        for (Prefix p : SPECIAL) {
            if (p.contains(a)) {
                return "a special-purpose or private address (" + p + ")";
            }
        }
        if (a instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return "an IPv4-compatible IPv6 address";
        }
        return null;
    }
}
