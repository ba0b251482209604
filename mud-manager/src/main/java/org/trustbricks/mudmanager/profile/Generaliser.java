package org.trustbricks.mudmanager.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.Peer;
import org.trustbricks.mudmanager.policy.PortMatch;

/** Applies the documented rules R1–R8 to observed flows and yields the ACEs to write. */
final class Generaliser {

    static final String DNS_CONTROLLER = "urn:ietf:params:mud:dns";
    static final String NTP_CONTROLLER = "urn:ietf:params:mud:ntp";

    private final ProfilerOptions options;
    private final DnsNames dns;
    final Map<AceSpec, Long> aces = new LinkedHashMap<>();
    final List<Generalisation> report = new ArrayList<>();
    final Set<FlowStats> excluded = new LinkedHashSet<>();
    final Map<FlowStats, String> names = new HashMap<>();

    Generaliser(ProfilerOptions options, DnsNames dns) {
        this.options = options;
        this.dns = dns;
    }

    static String address(FlowKey k) {
        return new Prefix(k.version(), k.hi(), k.lo(), k.version() == 4 ? 32 : 128).addressText();
    }

    void run(List<FlowStats> flows) {
        List<FlowStats> sorted = new ArrayList<>(flows);
        sorted.sort(Comparator.comparing((FlowStats f) -> Scope.of(f.key, options.localNetworks()))
                .thenComparing(f -> address(f.key)).thenComparingInt(f -> f.key.protocol())
                .thenComparingInt(f -> f.key.service()));
        Map<FlowStats, Peer> peers = new LinkedHashMap<>();
        Map<String, Set<String>> literalGroups = new HashMap<>();
        for (FlowStats f : sorted) {
            if (f.packets() < options.minPackets()) {
                excluded.add(f);
                report.add(new Generalisation("R7", address(f.key), "left out: " + f.packets() + " packet(s), fewer than "
                        + "the configured minimum of " + options.minPackets(), f.packets()));
                continue;
            }
            Peer peer = peer(f);
            peers.put(f, peer);
            if (peer instanceof Peer.Network n && Scope.of(f.key, options.localNetworks()) == Scope.PUBLIC) {
                literalGroups.computeIfAbsent(group(f), k -> new LinkedHashSet<>()).add(n.prefix());
            }
        }
        for (Map.Entry<FlowStats, Peer> e : peers.entrySet()) {
            FlowStats f = e.getKey();
            Peer peer = e.getValue();
            Set<String> group = literalGroups.get(group(f));
            if (peer instanceof Peer.Network && group != null && options.widenLiteralAt() > 0
                    && group.size() >= options.widenLiteralAt()) {
                peer = new Peer.Any();
            }
            emit(f, peer);
        }
        for (Map.Entry<String, Set<String>> g : literalGroups.entrySet()) {
            if (options.widenLiteralAt() > 0 && g.getValue().size() >= options.widenLiteralAt()) {
                report.add(new Generalisation("R6", g.getKey(), g.getValue().size() + " unnamed public addresses "
                        + g.getValue() + " widened to any address", 0));
            } else {
                for (String a : g.getValue()) {
                    report.add(new Generalisation("R6", a, "kept as a literal address for " + g.getKey()
                            + ": the device reached it without a DNS lookup in the captures; literal addresses break "
                            + "when the service moves", 0));
                }
            }
        }
    }

    private static String group(FlowStats f) {
        return "IPv" + f.key.version() + " protocol " + f.key.protocol() + " service " + f.key.service()
                + (f.key.onPeer() ? " on the peer" : " on the device");
    }

    private Peer peer(FlowStats f) {
        Scope scope = Scope.of(f.key, options.localNetworks());
        String addr = address(f.key);
        String literal = addr + (f.key.version() == 4 ? "/32" : "/128");
        if (scope == Scope.MULTICAST || scope == Scope.BROADCAST) {
            report.add(new Generalisation("R5", addr, scope.text() + " destination kept as the literal group address",
                    f.packets()));
            return new Peer.Network(literal);
        }
        boolean tcpOrUdp = f.key.protocol() == 6 || f.key.protocol() == 17;
        if (scope == Scope.LOCAL) {
            if (options.dnsNtpAsController() && tcpOrUdp && f.key.onPeer() && f.key.service() == 53) {
                report.add(new Generalisation("R4", addr, "local DNS server written as controller " + DNS_CONTROLLER,
                        f.packets()));
                return new Peer.Controller(DNS_CONTROLLER);
            }
            if (options.dnsNtpAsController() && f.key.protocol() == 17 && f.key.onPeer() && f.key.service() == 123) {
                report.add(new Generalisation("R4", addr, "local NTP server written as controller " + NTP_CONTROLLER,
                        f.packets()));
                return new Peer.Controller(NTP_CONTROLLER);
            }
            if (options.localAsAbstraction()) {
                report.add(new Generalisation("R3", addr, "local peer written as local-networks", f.packets()));
                return new Peer.LocalNetworks();
            }
            return new Peer.Network(literal);
        }
        String name = f.nameAtStart != null ? f.nameAtStart : dns.nameOf(Prefix.parse(addr));
        if (options.nameFromDns() && name != null) {
            names.put(f, name);
            String chain = dns.chains.get(name);
            report.add(new Generalisation("R2", addr, "named " + name + " from the device's own DNS answer"
                    + (chain == null ? "" : " (CNAME chain " + chain + ")"), f.packets()));
            return new Peer.DnsName(name);
        }
        return new Peer.Network(literal);
    }

    private void emit(FlowStats f, Peer peer) {
        FlowKey k = f.key;
        int v = k.version();
        if (k.protocol() == 6 || k.protocol() == 17) {
            PortMatch service = PortMatch.eq(k.service());
            int clientPort = k.onPeer() ? f.devicePort : f.peerPort;
            PortMatch client = clientPort >= 0 && clientPort < options.keepClientPortBelow() ? PortMatch.eq(clientPort)
                    : PortMatch.ANY;
            if (client.isAny() && clientPort != FlowStats.UNSET) {
                report.add(new Generalisation("R1", address(k) + " " + k.service(), "client port "
                        + (clientPort == FlowStats.VARYING ? "varied" : clientPort + " is ephemeral")
                        + "; any client port allowed", f.packets()));
            }
            PortMatch devicePort = k.onPeer() ? client : service;
            PortMatch peerPort = k.onPeer() ? service : client;
            Initiator init = k.protocol() == 6 && f.handshakeSeen ? f.initiator : Initiator.UNKNOWN;
            if (k.protocol() == 6 && !f.handshakeSeen) {
                report.add(new Generalisation("R8", address(k) + " " + k.service(), "TCP opening not captured: "
                        + "direction-initiated left out (service side guessed from the port numbers)", f.packets()));
            }
            if (f.packetsFrom > 0) {
                add(new AceSpec(v, Direction.FROM_DEVICE, k.protocol(), peer, devicePort, peerPort, init, -1), f);
            }
            if (f.packetsTo > 0) {
                add(new AceSpec(v, Direction.TO_DEVICE, k.protocol(), peer, peerPort, devicePort, init, -1), f);
            }
        } else {
            Direction d = k.onPeer() ? Direction.FROM_DEVICE : Direction.TO_DEVICE;
            add(new AceSpec(v, d, k.protocol(), peer, PortMatch.ANY, PortMatch.ANY, Initiator.UNKNOWN, k.service()), f);
        }
    }

    private void add(AceSpec spec, FlowStats f) {
        aces.merge(spec, f.packets(), Long::sum);
    }
}
