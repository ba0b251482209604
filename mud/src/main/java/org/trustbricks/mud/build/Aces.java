package org.trustbricks.mud.build;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trustbricks.mud.build.MudRule.Initiator;
import org.trustbricks.mud.build.MudRule.Protocol;
import org.trustbricks.mud.build.MudSpec.IpVersion;

/** One ACE per rule and direction. */
final class Aces {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Aces() {
    }

    static ObjectNode ace(MudRule rule, int index, IpVersion v, boolean fromDevice) {
        ObjectNode ace = F.objectNode();
        ace.put("name", abbreviation(rule.target()) + index + (fromDevice ? "-frdev" : "-todev"));
        ObjectNode matches = ace.putObject("matches");
        ObjectNode l3 = F.objectNode();
        switch (rule.protocol()) {
            case TCP -> l3.put("protocol", 6);
            case UDP -> l3.put("protocol", 17);
            case ICMP -> l3.put("protocol", v == IpVersion.IPV4 ? 1 : 58);
            case ANY -> { }
        }
        if (rule.target() == MudRule.Target.CLOUD) {
            l3.put(fromDevice ? "ietf-acldns:dst-dnsname" : "ietf-acldns:src-dnsname", rule.value());
        }
        if (!l3.isEmpty()) {
            matches.set(v == IpVersion.IPV4 ? "ipv4" : "ipv6", l3);
        }
        abstraction(rule, matches);
        ObjectNode l4 = F.objectNode();
        if (rule.protocol() == Protocol.TCP && rule.initiator() != null && rule.initiator() != Initiator.EITHER) {
            l4.put("ietf-mud:direction-initiated", rule.initiator() == Initiator.DEVICE ? "from-device" : "to-device");
        }
        if (rule.port() != null) {
            boolean remoteService = rule.initiator() != Initiator.REMOTE;
            String side = fromDevice == remoteService ? "destination-port" : "source-port";
            l4.putObject(side).put("operator", "eq").put("port", rule.port());
        }
        if (!l4.isEmpty()) {
            matches.set(rule.protocol() == Protocol.TCP ? "tcp" : "udp", l4);
        }
        ace.putObject("actions").put("forwarding", "accept");
        return ace;
    }

    private static void abstraction(MudRule rule, ObjectNode matches) {
        switch (rule.target()) {
            case CLOUD -> { }
            case LOCAL_NETWORK -> matches.putObject("ietf-mud:mud").putArray("local-networks").addNull();
            case SAME_MANUFACTURER -> matches.putObject("ietf-mud:mud").putArray("same-manufacturer").addNull();
            case MY_CONTROLLER -> matches.putObject("ietf-mud:mud").putArray("my-controller").addNull();
            case MANUFACTURER -> matches.putObject("ietf-mud:mud").put("manufacturer", rule.value());
            case MODEL -> matches.putObject("ietf-mud:mud").put("model", rule.value());
            case CONTROLLER -> matches.putObject("ietf-mud:mud").put("controller", rule.value());
        }
    }

    private static String abbreviation(MudRule.Target t) {
        return switch (t) {
            case CLOUD -> "cl";
            case LOCAL_NETWORK -> "loc";
            case SAME_MANUFACTURER -> "sm";
            case MANUFACTURER -> "mfg";
            case MODEL -> "mdl";
            case CONTROLLER -> "ctl";
            case MY_CONTROLLER -> "myctl";
        };
    }
}
