package org.trustbricks.mudmanager.compile;

import java.util.ArrayList;
import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.PortMatch;

/** Renders the compiled rules as a neutral list, for other enforcement back ends and for display. */
public final class JsonRuleRenderer {

    private JsonRuleRenderer() {
    }

    /** Every rule of every device, in evaluation order; each device's list ends with a default-deny entry. */
    public static List<RuleView> render(CompiledSite site) {
        List<RuleView> out = new ArrayList<>();
        for (CompiledDevice d : site.devices()) {
            for (Direction dir : Direction.values()) {
                for (BoundRule r : d.rules()) {
                    if (r.direction() != dir) {
                        continue;
                    }
                    String state = "any";
                    if (r.protocol() == 6 && r.initiated() != Initiator.UNKNOWN) {
                        state = (r.initiated() == Initiator.DEVICE) == (dir == Direction.FROM_DEVICE) ? "new" : "established";
                    }
                    out.add(new RuleView(d.name(), dir.mudName(), r.ipVersion() == 6 ? "ipv6" : "ipv4", r.protocol(),
                            r.peerText(), r.peerSet(), r.peer() == null ? null
                                    : r.peer().prefixes(r.ipVersion()).stream().map(Prefix::toShortString).toList(),
                            text(r.srcPort()), text(r.dstPort()), r.icmpType(), r.icmpCode(), state,
                            r.accept() ? "accept" : "drop", r.acl(), r.ace()));
                }
                out.add(new RuleView(d.name(), dir.mudName(), "any", -1, "any", null, null, "any", "any", -1, -1,
                        "any", "drop", "default", "default-deny"));
            }
        }
        return out;
    }

    static String text(PortMatch m) {
        if (m.isAny()) {
            return "any";
        }
        if (m.notEqual()) {
            return "!=" + m.lower();
        }
        return m.isSingle() ? Integer.toString(m.lower()) : m.lower() + "-" + m.upper();
    }
}
