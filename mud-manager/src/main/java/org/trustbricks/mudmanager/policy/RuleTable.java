package org.trustbricks.mudmanager.policy;

import java.util.List;
import org.trustbricks.mudmanager.compile.BoundRule;
import org.trustbricks.mudmanager.net.AddressSet;

/** One device's rules for one direction, as parallel primitive arrays. */
final class RuleTable {

    private final BoundRule[] rules;
    private final int[] version;
    private final int[] protocol;
    private final AddressSet[] peer;
    private final String[] dnsName;
    private final int[] srcLo;
    private final int[] srcHi;
    private final boolean[] srcNeq;
    private final int[] dstLo;
    private final int[] dstHi;
    private final boolean[] dstNeq;
    private final int[] initiator;
    private final int[] icmpType;
    private final int[] icmpCode;

    private RuleTable(List<BoundRule> list) {
        int n = list.size();
        rules = list.toArray(new BoundRule[0]);
        version = new int[n];
        protocol = new int[n];
        peer = new AddressSet[n];
        dnsName = new String[n];
        srcLo = new int[n];
        srcHi = new int[n];
        srcNeq = new boolean[n];
        dstLo = new int[n];
        dstHi = new int[n];
        dstNeq = new boolean[n];
        initiator = new int[n];
        icmpType = new int[n];
        icmpCode = new int[n];
        for (int i = 0; i < n; i++) {
            BoundRule r = rules[i];
            version[i] = r.ipVersion();
            protocol[i] = r.protocol();
            peer[i] = r.peer();
            dnsName[i] = r.dnsName();
            srcLo[i] = r.srcPort().lower();
            srcHi[i] = r.srcPort().upper();
            srcNeq[i] = r.srcPort().notEqual();
            dstLo[i] = r.dstPort().lower();
            dstHi[i] = r.dstPort().upper();
            dstNeq[i] = r.dstPort().notEqual();
            initiator[i] = r.initiated() == Initiator.UNKNOWN ? -1 : r.initiated().ordinal();
            icmpType[i] = r.icmpType();
            icmpCode[i] = r.icmpCode();
        }
    }

    static RuleTable of(List<BoundRule> rules) {
        return new RuleTable(rules);
    }

    BoundRule rule(int i) {
        return rules[i];
    }

    int match(int v, long hi, long lo, String name, int proto, int sport, int dport, int init) {
        for (int i = 0; i < rules.length; i++) {
            if (protocol[i] >= 0 && protocol[i] != proto) {
                continue;
            }
            if (v != 0 && version[i] != v) {
                continue;
            }
            if (proto == 6 || proto == 17) {
                if (srcNeq[i] ? sport == srcLo[i] : sport < srcLo[i] || sport > srcHi[i]) {
                    continue;
                }
                if (dstNeq[i] ? dport == dstLo[i] : dport < dstLo[i] || dport > dstHi[i]) {
                    continue;
                }
                if (initiator[i] >= 0 && (proto != 6 || initiator[i] != init)) {
                    continue;
                }
            } else if (proto == 1 || proto == 58) {
                if (icmpType[i] >= 0 && icmpType[i] != sport || icmpCode[i] >= 0 && icmpCode[i] != dport) {
                    continue;
                }
            }
            AddressSet p = peer[i];
            if (p != null) {
                boolean byName = name != null && name.equals(dnsName[i]);
                boolean byAddress = v == 4 ? p.contains4((int) lo) : v == 6 && p.contains6(hi, lo);
                if (!byName && !byAddress) {
                    continue;
                }
            }
            return i;
        }
        return -1;
    }
}
