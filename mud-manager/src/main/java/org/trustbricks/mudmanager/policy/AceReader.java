package org.trustbricks.mudmanager.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.trustbricks.common.Finding;

/** Turns one ACL's ACEs into {@link AceRule}s, refusing (and reporting) what cannot be enforced exactly. */
final class AceReader {

    private static final Set<String> L3_KNOWN = Set.of("protocol", "destination-ipv4-network",
            "source-ipv4-network", "destination-ipv6-network", "source-ipv6-network", "ietf-acldns:dst-dnsname",
            "ietf-acldns:src-dnsname");

    private AceReader() {
    }

    static void readAcl(JsonNode acl, Direction d, List<AceRule> rules, List<Finding> findings) {
        String aclName = acl.path("name").asText();
        String type = MudPolicyReader.stripPrefix(acl.path("type").asText(""));
        JsonNode aces = MudPolicyReader.arrayAt(acl.path("aces").path("ace"));
        for (int i = 0; i < aces.size(); i++) {
            String path = "/ietf-access-control-list:acls/acl/" + aclName + "/aces/ace/" + i;
            try {
                rules.add(read(aclName, type, aces.get(i), d));
            } catch (UnsupportedAce e) {
                findings.add(Finding.warning("MUD-ACE-NOT-ENFORCEABLE", path, "ACE '" + aces.get(i).path("name")
                        .asText() + "' was left out: " + e.getMessage() + ". It allows nothing here.",
                        "Rewrite it with the IP, transport and MUD matches of RFC 8520."));
            }
        }
    }

    private static AceRule read(String aclName, String aclType, JsonNode ace, Direction d) throws UnsupportedAce {
        JsonNode m = ace.path("matches");
        String action = MudPolicyReader.stripPrefix(ace.path("actions").path("forwarding").asText(""));
        if (!Set.of("accept", "drop", "reject").contains(action)) {
            throw new UnsupportedAce("its forwarding action is '" + action + "'");
        }
        int version = m.has("ipv6") ? 6 : m.has("ipv4") ? 4 : aclType.startsWith("ipv6") ? 6 : 4;
        if (m.has("eth")) {
            throw new UnsupportedAce("Ethernet matches are not enforced by this manager");
        }
        JsonNode l3 = m.has("ipv6") ? m.path("ipv6") : m.path("ipv4");
        for (Iterator<String> it = l3.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!L3_KNOWN.contains(f)) {
                throw new UnsupportedAce("the IP match '" + f + "' is not supported");
            }
        }
        int protocol = l3.has("protocol") ? l3.path("protocol").asInt() : -1;
        String peerNet = l3.path(d == Direction.FROM_DEVICE ? "destination-ipv" + version + "-network"
                : "source-ipv" + version + "-network").asText(null);
        String peerName = l3.path(d == Direction.FROM_DEVICE ? "ietf-acldns:dst-dnsname" : "ietf-acldns:src-dnsname")
                .asText(null);
        if (l3.has(d == Direction.FROM_DEVICE ? "source-ipv" + version + "-network" : "destination-ipv" + version
                + "-network") || l3.has(d == Direction.FROM_DEVICE ? "ietf-acldns:src-dnsname" : "ietf-acldns:dst-dnsname")) {
            throw new UnsupportedAce("it constrains the device's own address");
        }
        Peer peer = peer(m.path("ietf-mud:mud"), peerNet, peerName);
        PortMatch src = PortMatch.ANY;
        PortMatch dst = PortMatch.ANY;
        Initiator initiated = Initiator.UNKNOWN;
        int icmpType = -1;
        int icmpCode = -1;
        if (m.has("tcp") || m.has("udp")) {
            JsonNode l4 = m.has("tcp") ? m.path("tcp") : m.path("udp");
            int implied = m.has("tcp") ? 6 : 17;
            if (protocol >= 0 && protocol != implied) {
                throw new UnsupportedAce("its protocol " + protocol + " contradicts its transport match");
            }
            protocol = implied;
            for (Iterator<String> it = l4.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!Set.of("source-port", "destination-port", "ietf-mud:direction-initiated").contains(f)) {
                    throw new UnsupportedAce("the transport match '" + f + "' is not supported");
                }
            }
            src = port(l4.path("source-port"));
            dst = port(l4.path("destination-port"));
            String di = l4.path("ietf-mud:direction-initiated").asText(null);
            if (di != null) {
                initiated = switch (di) {
                    case "from-device" -> Initiator.DEVICE;
                    case "to-device" -> Initiator.PEER;
                    default -> throw new UnsupportedAce("direction-initiated is '" + di + "'");
                };
            }
        } else if (m.has("icmp")) {
            int implied = version == 6 ? 58 : 1;
            if (protocol >= 0 && protocol != implied) {
                throw new UnsupportedAce("its protocol " + protocol + " contradicts its ICMP match");
            }
            protocol = implied;
            icmpType = m.path("icmp").has("type") ? m.path("icmp").path("type").asInt() : -1;
            icmpCode = m.path("icmp").has("code") ? m.path("icmp").path("code").asInt() : -1;
            if (m.path("icmp").has("rest-of-header")) {
                throw new UnsupportedAce("ICMP rest-of-header matches are not supported");
            }
        }
        for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("ipv4", "ipv6", "tcp", "udp", "icmp", "ietf-mud:mud").contains(f)) {
                throw new UnsupportedAce("the match '" + f + "' is not supported");
            }
        }
        return new AceRule(aclName, ace.path("name").asText(), d, version,
                protocol, peer, src, dst, initiated, icmpType, icmpCode, action.equals("accept"));
    }

    private static Peer peer(JsonNode mud, String net, String name) throws UnsupportedAce {
        int given = (net != null ? 1 : 0) + (name != null ? 1 : 0) + (mud.isObject() ? mud.size() : 0);
        if (given > 1) {
            throw new UnsupportedAce("it combines several remote-end conditions");
        }
        if (net != null) {
            return new Peer.Network(net);
        }
        if (name != null) {
            return new Peer.DnsName(name.toLowerCase(java.util.Locale.ROOT));
        }
        if (!mud.isObject() || mud.isEmpty()) {
            return new Peer.Any();
        }
        String key = mud.fieldNames().next();
        JsonNode v = mud.path(key);
        return switch (key) {
            case "manufacturer" -> new Peer.Manufacturer(v.asText().toLowerCase(java.util.Locale.ROOT));
            case "same-manufacturer" -> new Peer.SameManufacturer();
            case "model" -> new Peer.Model(v.asText());
            case "local-networks" -> new Peer.LocalNetworks();
            case "controller" -> new Peer.Controller(v.asText());
            case "my-controller" -> new Peer.MyController();
            default -> throw new UnsupportedAce("the MUD match '" + key + "' is unknown");
        };
    }

    private static PortMatch port(JsonNode p) throws UnsupportedAce {
        if (p.isMissingNode()) {
            return PortMatch.ANY;
        }
        if (p.has("lower-port")) {
            return new PortMatch(p.path("lower-port").asInt(), p.path("upper-port").asInt(), false);
        }
        int port = p.path("port").asInt(-1);
        if (port < 0 || port > 65535) {
            throw new UnsupportedAce("a port condition has no valid port");
        }
        return switch (p.path("operator").asText("eq")) {
            case "eq" -> PortMatch.eq(port);
            case "lte" -> new PortMatch(0, port, false);
            case "gte" -> new PortMatch(port, 65535, false);
            case "neq" -> new PortMatch(port, port, true);
            default -> throw new UnsupportedAce("the port operator '" + p.path("operator").asText() + "' is unknown");
        };
    }

    /** An ACE that cannot be enforced exactly as written. */
    static final class UnsupportedAce extends Exception {
        UnsupportedAce(String message) {
            super(message, null, false, false);
        }
    }
}
