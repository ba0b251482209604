package org.trustbricks.mud.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trustbricks.mud.internal.Json;

/**
 * What a MUD file lets a device talk to, reduced to peers and flows (the input of the picture).
 *
 * @param title   systeminfo, or the MUD URL
 * @param mudUrl  the MUD URL
 * @param supported is-supported
 * @param peers   peers in drawing order (by group, then name)
 */
public record MudGraph(String title, String mudUrl, boolean supported, List<Peer> peers) {

    /** Kinds of peer, in drawing order. */
    public enum Group { INTERNET, LOCAL_NETWORK, SAME_MANUFACTURER, MANUFACTURER, MODEL, CONTROLLER, MY_CONTROLLER, ANY }

    /** One peer with the flows allowed to it. */
    public record Peer(Group group, String name, List<Flow> flows) {
    }

    /**
     * One kind of traffic with a peer.
     *
     * @param protocol   TCP, UDP, ICMP, "IP proto N" or "any"
     * @param remotePort the peer's port, or null
     * @param devicePort the device's port, or null
     * @param outbound   allowed from the device to the peer
     * @param inbound    allowed from the peer to the device
     * @param initiator  "device", "remote" or null (TCP direction-initiated)
     * @param denied     the ACE drops or rejects instead of accepting
     */
    public record Flow(String protocol, String remotePort, String devicePort, boolean outbound, boolean inbound,
            String initiator, boolean denied) implements Comparable<Flow> {

        @Override
        public int compareTo(Flow o) {
            return key().compareTo(o.key());
        }

        String key() {
            return protocol + "|" + remotePort + "|" + devicePort + "|" + initiator + "|" + denied;
        }
    }

    /** Extracts the graph from a parsed MUD document (best effort: unknown shapes are skipped). */
    public static MudGraph of(JsonNode root) {
        JsonNode mud = root.path("ietf-mud:mud");
        String url = mud.path("mud-url").asText("");
        String title = mud.path("systeminfo").asText(url.isEmpty() ? "MUD file" : url);
        Map<String, String> direction = new HashMap<>();
        for (String policy : List.of("from-device-policy", "to-device-policy")) {
            for (JsonNode e : Json.array(mud.path(policy).path("access-lists").path("access-list"))) {
                direction.put(e.path("name").asText(), policy);
            }
        }
        Map<String, Map<String, FlowBuilder>> byPeer = new TreeMap<>();
        Map<String, Group> groups = new HashMap<>();
        for (JsonNode acl : Json.array(Json.get(root.get("ietf-access-control-list:acls"), Json.ACL, "acl"))) {
            String dir = direction.get(acl.path("name").asText());
            if (dir == null) {
                continue;
            }
            boolean fromDevice = dir.equals("from-device-policy");
            for (JsonNode ace : Json.array(acl.path("aces").path("ace"))) {
                Ace.read(ace, fromDevice, (group, name, flow) -> {
                    String peerKey = group.ordinal() + "|" + name;
                    groups.put(peerKey, group);
                    byPeer.computeIfAbsent(peerKey, k -> new TreeMap<>()).computeIfAbsent(flow.mergeKey(), k -> flow).merge(flow);
                });
            }
        }
        List<Peer> peers = new ArrayList<>();
        for (Map.Entry<String, Map<String, FlowBuilder>> e : byPeer.entrySet()) {
            Set<Flow> flows = new TreeSet<>();
            e.getValue().values().forEach(f -> flows.add(f.build()));
            peers.add(new Peer(groups.get(e.getKey()), e.getKey().substring(e.getKey().indexOf('|') + 1), List.copyOf(flows)));
        }
        return new MudGraph(title, url, mud.path("is-supported").asBoolean(true), List.copyOf(peers));
    }

    /** Accumulates the directions of one flow seen in several ACEs. */
    static final class FlowBuilder {
        final String protocol;
        final String remotePort;
        final String devicePort;
        final String initiator;
        final boolean denied;
        boolean outbound;
        boolean inbound;

        FlowBuilder(String protocol, String remotePort, String devicePort, String initiator, boolean denied, boolean fromDevice) {
            this.protocol = protocol;
            this.remotePort = remotePort;
            this.devicePort = devicePort;
            this.initiator = initiator;
            this.denied = denied;
            this.outbound = fromDevice;
            this.inbound = !fromDevice;
        }

        String mergeKey() {
            return protocol + "|" + remotePort + "|" + devicePort + "|" + initiator + "|" + denied;
        }

        void merge(FlowBuilder other) {
            outbound |= other.outbound;
            inbound |= other.inbound;
        }

        Flow build() {
            return new Flow(protocol, remotePort, devicePort, outbound, inbound, initiator, denied);
        }
    }
}
