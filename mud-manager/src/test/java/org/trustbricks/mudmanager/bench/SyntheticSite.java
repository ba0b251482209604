package org.trustbricks.mudmanager.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.site.StaticResolver;

/**
 * A site of N devices, each with its own MUD file of 12 ACEs: 4 cloud names (TCP 443 both ways, direction-initiated),
 * same-manufacturer CoAP, local-networks ICMP, a controller and my-controller rule, mDNS and NTP by name.
 * Devices come from 50 manufacturers (MUD URL authorities).
 */
final class SyntheticSite {

    final List<byte[]> mudFiles = new ArrayList<>();
    final byte[] siteYaml;
    final StaticResolver resolver;

    SyntheticSite(int devices) {
        Map<String, List<Prefix>> dns = new HashMap<>();
        StringBuilder site = new StringBuilder("name: bench\nlocal-networks: [10.0.0.0/8]\ndns-servers: [10.0.0.1]\n"
                + "ntp-servers: [10.0.0.1]\ncontrollers:\n  \"https://ctl.example.com/hub\": [10.0.0.2]\nmy-controllers:\n");
        StringBuilder devs = new StringBuilder("devices:\n");
        for (int d = 0; d < devices; d++) {
            String url = "https://mfr" + (d % 50) + ".example.com/mud/model" + d + ".json";
            site.append("  \"").append(url).append("\": [10.0.0.3]\n");
            devs.append("  - name: dev").append(d).append("\n    addresses: [10.1.").append(d / 250).append('.')
                    .append(d % 250 + 1).append("]\n    mud-url: ").append(url).append('\n');
            StringBuilder from = new StringBuilder();
            StringBuilder to = new StringBuilder();
            for (int c = 0; c < 4; c++) {
                final int mfr = d % 50;
                final int cc = c;
                String name = "api" + c + ".mfr" + (d % 50) + ".example.com";
                dns.computeIfAbsent(name, k -> List.of(Prefix.parse("45." + mfr + "." + cc + ".10"),
                        Prefix.parse("45." + mfr + "." + cc + ".11")));
                from.append(ace("f" + c, "\"ipv4\":{\"ietf-acldns:dst-dnsname\":\"" + name + "\",\"protocol\":6},"
                        + "\"tcp\":{\"ietf-mud:direction-initiated\":\"from-device\",\"destination-port\":"
                        + "{\"operator\":\"eq\",\"port\":443}}")).append(',');
                to.append(ace("t" + c, "\"ipv4\":{\"ietf-acldns:src-dnsname\":\"" + name + "\",\"protocol\":6},"
                        + "\"tcp\":{\"ietf-mud:direction-initiated\":\"from-device\",\"source-port\":"
                        + "{\"operator\":\"eq\",\"port\":443}}")).append(',');
            }
            from.append(ace("coap", "\"ipv4\":{\"protocol\":17},\"udp\":{\"destination-port\":{\"operator\":\"eq\","
                    + "\"port\":5683}},\"ietf-mud:mud\":{\"same-manufacturer\":[null]}")).append(',');
            from.append(ace("ping", "\"ipv4\":{\"protocol\":1},\"icmp\":{\"type\":8},\"ietf-mud:mud\":"
                    + "{\"local-networks\":[null]}")).append(',');
            from.append(ace("ctl", "\"ipv4\":{\"protocol\":6},\"tcp\":{\"destination-port\":{\"operator\":\"eq\","
                    + "\"port\":8883}},\"ietf-mud:mud\":{\"controller\":\"https://ctl.example.com/hub\"}")).append(',');
            from.append(ace("myctl", "\"ipv4\":{\"protocol\":6},\"tcp\":{\"destination-port\":{\"operator\":\"eq\","
                    + "\"port\":9000}},\"ietf-mud:mud\":{\"my-controller\":[null]}")).append(',');
            from.append(ace("mdns", "\"ipv4\":{\"protocol\":17,\"destination-ipv4-network\":\"224.0.0.251/32\"},"
                    + "\"udp\":{\"destination-port\":{\"operator\":\"eq\",\"port\":5353}}"));
            to.append(ace("app", "\"ipv4\":{\"protocol\":6},\"tcp\":{\"ietf-mud:direction-initiated\":\"to-device\","
                    + "\"destination-port\":{\"operator\":\"eq\",\"port\":8080}},\"ietf-mud:mud\":{\"local-networks\":[null]}"));
            String json = "{\"ietf-mud:mud\":{\"mud-version\":1,\"mud-url\":\"" + url + "\",\"last-update\":"
                    + "\"2026-11-21T10:00:00+00:00\",\"is-supported\":true,\"from-device-policy\":{\"access-lists\":"
                    + "{\"access-list\":[{\"name\":\"from\"}]}},\"to-device-policy\":{\"access-lists\":{\"access-list\":"
                    + "[{\"name\":\"to\"}]}}},\"ietf-access-control-list:acls\":{\"acl\":[{\"name\":\"from\",\"type\":"
                    + "\"ipv4-acl-type\",\"aces\":{\"ace\":[" + from + "]}},{\"name\":\"to\",\"type\":\"ipv4-acl-type\","
                    + "\"aces\":{\"ace\":[" + to + "]}}]}}";
            mudFiles.add(json.getBytes(StandardCharsets.UTF_8));
        }
        siteYaml = site.append(devs).toString().getBytes(StandardCharsets.UTF_8);
        resolver = StaticResolver.of(dns, 300);
    }

    private static String ace(String name, String matches) {
        return "{\"name\":\"" + name + "\",\"matches\":{" + matches + "},\"actions\":{\"forwarding\":\"accept\"}}";
    }
}
