package org.trustbricks.mudmanager.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.mudmanager.compile.BoundRule;
import org.trustbricks.mudmanager.compile.CompiledDevice;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * Answers allow/deny for flows against a compiled site, first matching ACE wins, default deny. Rules are laid out in
 * flat arrays per device and direction so a decision is a short scan of primitive comparisons.
 *
 * <p>A TCP ACE with {@code direction-initiated} matches only flows whose initiator is known and equal to it.
 */
public final class PolicyEngine {

    private final Map<String, Integer> deviceIndex = new HashMap<>();
    private final RuleTable[][] tables;
    private final String[] deviceNames;

    private PolicyEngine(CompiledSite site) {
        List<CompiledDevice> devices = site.devices();
        tables = new RuleTable[devices.size()][2];
        deviceNames = new String[devices.size()];
        for (int i = 0; i < devices.size(); i++) {
            CompiledDevice d = devices.get(i);
            deviceNames[i] = d.name();
            deviceIndex.put(d.name(), i);
            if (d.mac() != null) {
                deviceIndex.putIfAbsent(d.mac(), i);
            }
            for (Prefix p : d.addresses().prefixes()) {
                if (p.isHost()) {
                    deviceIndex.putIfAbsent(p.addressText(), i);
                }
            }
            for (Direction dir : Direction.values()) {
                tables[i][dir.ordinal()] = RuleTable.of(d.rules().stream().filter(r -> r.direction() == dir).toList());
            }
        }
    }

    /** Compiles the engine for a site. */
    public static PolicyEngine of(CompiledSite site) {
        return new PolicyEngine(site);
    }

    /** The index of a device named by site name, MAC or IP address, or -1. */
    public int deviceIndex(String device) {
        Integer i = deviceIndex.get(device);
        if (i == null && device != null) {
            i = deviceIndex.get(device.toLowerCase(java.util.Locale.ROOT));
        }
        return i == null ? -1 : i;
    }

    /** Decides one flow. */
    public Decision decide(Flow flow) {
        int d = deviceIndex(flow.device());
        if (d < 0) {
            return new Decision(false, null, "default", "default-deny", "The device " + flow.device()
                    + " is not known to this site, so nothing is allowed.");
        }
        int version = 0;
        long hi = 0;
        long lo = 0;
        if (flow.peerAddress() != null) {
            Prefix p = Prefix.of(flow.peerAddress().getAddress(), flow.peerAddress().getAddress().length * 8);
            version = p.version();
            hi = p.hi();
            lo = p.lo();
        }
        RuleTable t = tables[d][flow.direction().ordinal()];
        int r = t.match(version, hi, lo, flow.peerName(), flow.protocol(), flow.srcPort(), flow.dstPort(),
                flow.initiatedBy().ordinal());
        if (r < 0) {
            return new Decision(false, deviceNames[d], "default", "default-deny",
                    "No ACE of the device's " + flow.direction().mudName() + " policy matches; MUD denies by default.");
        }
        BoundRule rule = t.rule(r);
        return new Decision(rule.accept(), deviceNames[d], rule.acl(), rule.ace(), (rule.accept() ? "Allowed" : "Denied")
                + " by " + rule.acl() + "/" + rule.ace() + " (peer " + rule.peerText() + ").");
    }

    /**
     * Decides an IPv4 flow without allocating: the fast path for bulk checks.
     *
     * @return the index of the deciding rule in the device's rules for that direction, or -1 for default deny
     */
    public int decide4(int device, Direction direction, int peer, int protocol, int srcPort, int dstPort,
            Initiator initiatedBy) {
        return tables[device][direction.ordinal()].match(4, 0, peer & 0xFFFFFFFFL, null, protocol, srcPort, dstPort,
                initiatedBy.ordinal());
    }

    /** True when rule {@code index} (as returned by {@link #decide4}) accepts. */
    public boolean accepts(int device, Direction direction, int index) {
        return index >= 0 && tables[device][direction.ordinal()].rule(index).accept();
    }
}
