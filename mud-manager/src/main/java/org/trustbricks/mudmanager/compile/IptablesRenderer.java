package org.trustbricks.mudmanager.compile;

import java.util.List;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.PortMatch;

/** Renders iptables-restore and ip6tables-restore input; address sets are expanded into one rule per prefix. */
public final class IptablesRenderer {

    /**
     * The two rule files.
     *
     * @param ipv4 input for {@code iptables-restore --noflush}
     * @param ipv6 input for {@code ip6tables-restore --noflush}
     */
    public record Rules(String ipv4, String ipv6) {
    }

    private IptablesRenderer() {
    }

    /** Renders both families. */
    public static Rules render(CompiledSite site) {
        return new Rules(family(site, 4), family(site, 6));
    }

    private static String family(CompiledSite site, int v) {
        StringBuilder sb = new StringBuilder("*filter\n:TB-MUD - [0:0]\n");
        for (CompiledDevice d : site.devices()) {
            sb.append(':').append(chain(d, Direction.FROM_DEVICE)).append(" - [0:0]\n");
            sb.append(':').append(chain(d, Direction.TO_DEVICE)).append(" - [0:0]\n");
        }
        sb.append("-A FORWARD -j TB-MUD\n-A TB-MUD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
        for (CompiledDevice d : site.devices()) {
            for (Prefix p : d.addresses().prefixes(v)) {
                sb.append("-A TB-MUD -s ").append(p).append(" -j ").append(chain(d, Direction.FROM_DEVICE)).append('\n');
                sb.append("-A TB-MUD -d ").append(p).append(" -j ").append(chain(d, Direction.TO_DEVICE)).append('\n');
            }
        }
        for (CompiledDevice d : site.devices()) {
            for (Direction dir : Direction.values()) {
                for (BoundRule r : d.rules()) {
                    if (r.direction() == dir && r.ipVersion() == v) {
                        rules(sb, chain(d, dir), r, v);
                    }
                }
                sb.append("-A ").append(chain(d, dir)).append(" -j DROP\n");
            }
        }
        return sb.append("COMMIT\n").toString();
    }

    private static String chain(CompiledDevice d, Direction dir) {
        return "TB-" + d.chain().toUpperCase(java.util.Locale.ROOT) + (dir == Direction.FROM_DEVICE ? "-FROM" : "-TO");
    }

    private static void rules(StringBuilder sb, String chain, BoundRule r, int v) {
        String match = match(r, v);
        String flag = r.direction() == Direction.FROM_DEVICE ? " -d " : " -s ";
        String target = " -m comment --comment \"" + NftRenderer.comment(r.acl() + "/" + r.ace()) + "\" -j "
                + (r.accept() ? "ACCEPT" : "DROP") + "\n";
        if (r.peer() == null) {
            sb.append("-A ").append(chain).append(match).append(target);
            return;
        }
        List<Prefix> peers = r.peer().prefixes(v);
        for (Prefix p : peers) {
            sb.append("-A ").append(chain).append(flag).append(p).append(match).append(target);
        }
    }

    private static String match(BoundRule r, int v) {
        StringBuilder sb = new StringBuilder();
        switch (r.protocol()) {
            case -1 -> { }
            case 6, 17 -> {
                sb.append(" -p ").append(r.protocol() == 6 ? "tcp" : "udp");
                port(sb, "--sport", r.srcPort());
                port(sb, "--dport", r.dstPort());
            }
            case 1 -> {
                sb.append(" -p icmp");
                if (r.icmpType() >= 0) {
                    sb.append(" --icmp-type ").append(r.icmpType()).append(r.icmpCode() >= 0 ? "/" + r.icmpCode() : "");
                }
            }
            case 58 -> {
                sb.append(" -p ipv6-icmp");
                if (r.icmpType() >= 0) {
                    sb.append(" --icmpv6-type ").append(r.icmpType()).append(r.icmpCode() >= 0 ? "/" + r.icmpCode() : "");
                }
            }
            default -> sb.append(" -p ").append(r.protocol());
        }
        if (r.protocol() == 6 && r.initiated() != Initiator.UNKNOWN) {
            boolean opener = (r.initiated() == Initiator.DEVICE) == (r.direction() == Direction.FROM_DEVICE);
            sb.append(" -m conntrack --ctstate ").append(opener ? "NEW" : "ESTABLISHED");
        }
        return sb.toString();
    }

    private static void port(StringBuilder sb, String opt, PortMatch m) {
        if (m.isAny()) {
            return;
        }
        if (m.notEqual()) {
            sb.append(" ! ").append(opt).append(' ').append(m.lower());
        } else {
            sb.append(' ').append(opt).append(' ').append(m.lower()).append(m.isSingle() ? "" : ":" + m.upper());
        }
    }
}
