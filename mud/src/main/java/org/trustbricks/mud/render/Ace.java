package org.trustbricks.mud.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.mud.render.MudGraph.FlowBuilder;
import org.trustbricks.mud.render.MudGraph.Group;

/** Reads one ACE as (peer, flow) pairs from the device's point of view. */
final class Ace {

    interface Sink {
        void accept(Group group, String name, FlowBuilder flow);
    }

    private Ace() {
    }

    static void read(JsonNode ace, boolean fromDevice, Sink sink) {
        JsonNode m = ace.path("matches");
        String forwarding = ace.path("actions").path("forwarding").asText("accept");
        boolean denied = !forwarding.endsWith("accept");
        JsonNode ip = m.has("ipv4") ? m.get("ipv4") : m.path("ipv6");
        String remoteSide = fromDevice ? "destination" : "source";
        String deviceSide = fromDevice ? "source" : "destination";
        String protocol;
        JsonNode l4 = null;
        if (m.has("tcp")) {
            protocol = "TCP";
            l4 = m.get("tcp");
        } else if (m.has("udp")) {
            protocol = "UDP";
            l4 = m.get("udp");
        } else if (m.has("icmp")) {
            protocol = "ICMP";
        } else if (ip.has("protocol")) {
            int p = ip.path("protocol").asInt();
            protocol = p == 6 ? "TCP" : p == 17 ? "UDP" : p == 1 || p == 58 ? "ICMP" : "IP proto " + p;
        } else {
            protocol = "any";
        }
        String remotePort = l4 == null ? null : port(l4.path(remoteSide + "-port"));
        String devicePort = l4 == null ? null : port(l4.path(deviceSide + "-port"));
        String initiated = l4 == null ? null : switch (l4.path("ietf-mud:direction-initiated").asText("")) {
            case "from-device" -> "device";
            case "to-device" -> "remote";
            default -> null;
        };
        List<String[]> peers = new ArrayList<>();
        String dns = ip.path("ietf-acldns:" + (fromDevice ? "dst" : "src") + "-dnsname").asText(null);
        if (dns != null) {
            peers.add(new String[] {Group.INTERNET.name(), dns});
        }
        for (String v : List.of("ipv4", "ipv6")) {
            String net = m.path(v).path(remoteSide + "-" + v + "-network").asText(null);
            if (net != null) {
                peers.add(new String[] {Group.INTERNET.name(), net});
            }
        }
        JsonNode mud = m.path("ietf-mud:mud");
        add(peers, mud.has("local-networks"), Group.LOCAL_NETWORK, "local networks");
        add(peers, mud.has("same-manufacturer"), Group.SAME_MANUFACTURER, "devices of the same manufacturer");
        add(peers, mud.has("manufacturer"), Group.MANUFACTURER, mud.path("manufacturer").asText());
        add(peers, mud.has("model"), Group.MODEL, mud.path("model").asText());
        add(peers, mud.has("controller"), Group.CONTROLLER, mud.path("controller").asText());
        add(peers, mud.has("my-controller"), Group.MY_CONTROLLER, "my controller");
        if (peers.isEmpty()) {
            peers.add(new String[] {Group.ANY.name(), "any address"});
        }
        for (String[] p : peers) {
            sink.accept(Group.valueOf(p[0]), p[1], new FlowBuilder(protocol, remotePort, devicePort, initiated, denied, fromDevice));
        }
    }

    private static void add(List<String[]> peers, boolean present, Group group, String name) {
        if (present) {
            peers.add(new String[] {group.name(), name});
        }
    }

    private static String port(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) {
            return null;
        }
        if (p.has("lower-port")) {
            return p.path("lower-port").asText() + "-" + p.path("upper-port").asText();
        }
        String op = p.path("operator").asText("eq");
        String port = p.path("port").asText();
        return switch (op) {
            case "lte" -> "≤" + port;
            case "gte" -> "≥" + port;
            case "neq" -> "≠" + port;
            default -> port;
        };
    }
}
