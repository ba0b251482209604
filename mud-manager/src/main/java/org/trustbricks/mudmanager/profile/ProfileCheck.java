package org.trustbricks.mudmanager.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.compile.SiteCompiler;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Decision;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.policy.PolicyEngine;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteDevice;
import org.trustbricks.mudmanager.site.StaticResolver;

/**
 * Re-reads the generated file like a MUD manager would, binds it to a site made of what the captures showed (local
 * networks from the options, controllers from the DNS/NTP servers seen, names from the captured DNS answers, and no
 * default allowances), and asks the policy engine about every observed flow.
 */
final class ProfileCheck {

    private ProfileCheck() {
    }

    static List<FlowReport> check(JsonNode mud, String url, ProfileSink sink, Generaliser g, ProfilerOptions options,
            List<Finding> findings) {
        MudPolicy policy;
        try {
            policy = MudPolicyReader.read(mud);
        } catch (MalformedInputException e) {
            throw new IllegalStateException("the profiler wrote a MUD file it cannot read: " + e.getMessage(), e);
        }
        Map<String, List<Prefix>> controllers = new LinkedHashMap<>();
        for (FlowStats f : sink.flows) {
            if (f.key.onPeer() && (f.key.service() == 53 || f.key.service() == 123 && f.key.protocol() == 17)) {
                controllers.computeIfAbsent(f.key.service() == 53 ? Generaliser.DNS_CONTROLLER : Generaliser.NTP_CONTROLLER,
                        k -> new ArrayList<>()).add(Prefix.parse(Generaliser.address(f.key)));
            }
        }
        Site site = new Site("captures", options.localNetworks(), List.of(), List.of(), controllers, Map.of(),
                List.of(new SiteDevice("device", null, List.copyOf(sink.deviceAddresses), url)), Duration.ofSeconds(30));
        CompiledSite compiled = SiteCompiler.compile(site, List.of(policy), StaticResolver.of(sink.dns.table(), 3600),
                Instant.EPOCH);
        PolicyEngine engine = PolicyEngine.of(compiled);
        List<FlowReport> out = new ArrayList<>();
        long denied = 0;
        for (FlowStats f : sink.flows) {
            boolean included = !g.excluded.contains(f);
            InetAddress peer = inet(f.key);
            String from = f.packetsFrom > 0 ? verdict(engine, f, Direction.FROM_DEVICE, peer) : null;
            String to = f.packetsTo > 0 ? verdict(engine, f, Direction.TO_DEVICE, peer) : null;
            if (included && (f.packetsFrom > 0 && from == null || f.packetsTo > 0 && to == null)) {
                denied++;
            }
            out.add(new FlowReport(peer.getHostAddress(), g.names.get(f), Scope.of(f.key, options.localNetworks()).text(),
                    f.key.protocol(), f.key.service(), f.key.onPeer(), f.initiator.name(), f.handshakeSeen,
                    f.packetsFrom, f.packetsTo, included, from, to));
        }
        if (denied > 0) {
            findings.add(Finding.error("PROFILE-FLOW-NOT-ALLOWED", "/", denied + " observed flows are not allowed by "
                    + "the generated file when re-checked with the policy engine.", "Report this as a defect."));
        }
        return out;
    }

    private static String verdict(PolicyEngine engine, FlowStats f, Direction d, InetAddress peer) {
        FlowKey k = f.key;
        Flow flow;
        if (k.protocol() == 6 || k.protocol() == 17) {
            int devPort = k.onPeer() ? sample(f.devicePort, 49152) : k.service();
            int peerPort = k.onPeer() ? k.service() : sample(f.peerPort, 49152);
            Initiator init = f.handshakeSeen ? f.initiator : Initiator.UNKNOWN;
            flow = d == Direction.FROM_DEVICE ? Flow.of("device", d, peer, null, k.protocol(), devPort, peerPort, init)
                    : Flow.of("device", d, peer, null, k.protocol(), peerPort, devPort, init);
        } else {
            flow = Flow.icmp("device", d, peer, k.protocol(), k.service(), 0);
        }
        Decision decision = engine.decide(flow);
        return decision.allowed() ? decision.acl() + "/" + decision.ace() : null;
    }

    private static int sample(int port, int fallback) {
        return port >= 0 ? port : fallback;
    }

    private static InetAddress inet(FlowKey k) {
        try {
            return InetAddress.getByName(Generaliser.address(k));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
