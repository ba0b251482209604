package org.trustbricks.mudmanager.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.Peer;
import org.trustbricks.mudmanager.policy.PortMatch;

/** Writes ACE specs as an RFC 8520 MUD document (RFC 7951 JSON encoding). */
final class MudWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MudWriter() {
    }

    static ObjectNode write(String mudUrl, String deviceName, String systemInfo, int cacheValidity, Instant lastUpdate,
            List<AceSpec> aces) {
        String slug = deviceName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "device";
        }
        Map<String, ArrayNode> acls = new LinkedHashMap<>();
        for (Direction d : Direction.values()) {
            for (int v : new int[] {4, 6}) {
                for (AceSpec a : aces) {
                    if (a.direction() == d && a.version() == v) {
                        String acl = (d == Direction.FROM_DEVICE ? "from" : "to") + "-ipv" + v + "-" + slug;
                        ArrayNode list = acls.computeIfAbsent(acl, k -> F.arrayNode());
                        list.add(ace(acl + "-" + list.size(), a));
                    }
                }
            }
        }
        ObjectNode mud = F.objectNode();
        mud.put("mud-version", 1);
        mud.put("mud-url", mudUrl);
        mud.put("last-update", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                lastUpdate.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)).replace("Z", "+00:00"));
        mud.put("cache-validity", cacheValidity);
        mud.put("is-supported", true);
        mud.put("systeminfo", systemInfo);
        for (Direction d : Direction.values()) {
            ArrayNode refs = F.arrayNode();
            acls.keySet().stream().filter(n -> n.startsWith(d == Direction.FROM_DEVICE ? "from-" : "to-"))
                    .forEach(n -> refs.addObject().put("name", n));
            if (!refs.isEmpty()) {
                mud.putObject(d == Direction.FROM_DEVICE ? "from-device-policy" : "to-device-policy")
                        .putObject("access-lists").set("access-list", refs);
            }
        }
        ObjectNode root = F.objectNode();
        root.set("ietf-mud:mud", mud);
        ArrayNode aclArray = root.putObject("ietf-access-control-list:acls").putArray("acl");
        acls.forEach((name, list) -> {
            ObjectNode acl = aclArray.addObject();
            acl.put("name", name);
            acl.put("type", name.contains("-ipv6-") ? "ipv6-acl-type" : "ipv4-acl-type");
            acl.putObject("aces").set("ace", list);
        });
        return root;
    }

    private static ObjectNode ace(String name, AceSpec a) {
        ObjectNode ace = F.objectNode();
        ace.put("name", name);
        ObjectNode matches = ace.putObject("matches");
        boolean from = a.direction() == Direction.FROM_DEVICE;
        ObjectNode l3 = matches.putObject(a.version() == 6 ? "ipv6" : "ipv4");
        switch (a.peer()) {
            case Peer.Network n -> l3.put((from ? "destination" : "source") + "-ipv" + a.version() + "-network", n.prefix());
            case Peer.DnsName d -> l3.put(from ? "ietf-acldns:dst-dnsname" : "ietf-acldns:src-dnsname", d.name());
            case Peer.LocalNetworks l -> matches.putObject("ietf-mud:mud").putArray("local-networks").addNull();
            case Peer.Controller c -> matches.putObject("ietf-mud:mud").put("controller", c.uri());
            default -> { }
        }
        l3.put("protocol", a.protocol());
        if (a.protocol() == 6 || a.protocol() == 17) {
            ObjectNode l4 = F.objectNode();
            if (a.protocol() == 6 && a.initiated() != Initiator.UNKNOWN) {
                l4.put("ietf-mud:direction-initiated", a.initiated() == Initiator.DEVICE ? "from-device" : "to-device");
            }
            port(l4, "source-port", a.src());
            port(l4, "destination-port", a.dst());
            matches.set(a.protocol() == 6 ? "tcp" : "udp", l4);
        } else if ((a.protocol() == 1 || a.protocol() == 58) && a.icmpType() >= 0) {
            matches.putObject("icmp").put("type", a.icmpType());
        }
        ace.putObject("actions").put("forwarding", "accept");
        return ace;
    }

    private static void port(ObjectNode l4, String key, PortMatch m) {
        if (m.isSingle()) {
            l4.putObject(key).put("operator", "eq").put("port", m.lower());
        }
    }
}
