package org.trustbricks.mudmanager.learn;

import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.IpBytes;

/**
 * One call of a dnsmasq-style DHCP lease script.
 *
 * @param action   {@code add}, {@code old} or {@code del} (others are reported)
 * @param learned  the MUD URL binding carried in DNSMASQ_MUD_URL, with findings
 * @param hostname the host name argument, or null
 */
public record LeaseEvent(String action, Learned learned, String hostname) {

    /**
     * Parses the script arguments ({@code action mac-or-duid address [hostname]}) and its environment.
     * DHCPv6 leases pass a DUID instead of a MAC; DNSMASQ_MAC then gives the MAC when dnsmasq knows it.
     */
    public static LeaseEvent parse(List<String> args, Map<String, String> env) {
        if (args.size() < 3 || args.size() > 4) {
            return new LeaseEvent(args.isEmpty() ? "" : args.get(0), Learned.nothing(List.of(Finding.error(
                    "LEASE-HOOK-USAGE", "/args", "Expected: action mac-or-duid address [hostname], got "
                            + args.size() + " arguments.", ""))), null);
        }
        String action = args.get(0);
        String hostname = args.size() == 4 ? args.get(3) : null;
        if (!List.of("add", "old", "del").contains(action)) {
            return new LeaseEvent(action, Learned.nothing(List.of(Finding.info("LEASE-HOOK-IGNORED", "/args/0",
                    "Lease action '" + action + "' carries no binding.", ""))), hostname);
        }
        long mac = IpBytes.parseMac(args.get(1));
        String macText = mac >= 0 ? IpBytes.macText(mac) : null;
        String address = args.get(2);
        if (macText == null) {
            long envMac = IpBytes.parseMac(env.getOrDefault("DNSMASQ_MAC", ""));
            macText = envMac >= 0 ? IpBytes.macText(envMac) : null;
        }
        String url = env.get("DNSMASQ_MUD_URL");
        if (url == null || url.isEmpty()) {
            return new LeaseEvent(action, Learned.nothing(List.of()), hostname);
        }
        return new LeaseEvent(action, MudUrls.bind(MudUrlSource.LEASE_HOOK, macText, address, url, null,
                "/env/DNSMASQ_MUD_URL", List.of()), hostname);
    }
}
