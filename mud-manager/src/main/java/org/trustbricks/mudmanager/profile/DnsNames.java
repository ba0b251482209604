package org.trustbricks.mudmanager.profile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.mudmanager.capture.DnsMessage;
import org.trustbricks.mudmanager.capture.DnsRecord;
import org.trustbricks.mudmanager.net.Prefix;

/**
 * What the device's own DNS answers say: which name it asked for reached which address, following CNAME chains back to
 * the question. Bounded in size; answers beyond the bound are counted.
 */
final class DnsNames {

    private static final int MAX_ENTRIES = 200_000;
    private static final int MAX_CHAIN = 16;

    private final Map<Prefix, String> nameOf = new HashMap<>();
    private final Map<String, Set<Prefix>> addressesOf = new HashMap<>();
    final Map<String, String> chains = new HashMap<>();
    long responses;
    long dropped;

    void learn(DnsMessage m) {
        responses++;
        Map<String, String> cnameParent = new HashMap<>();
        for (DnsRecord r : m.records()) {
            if (r.section().equals("answer") && r.type() == 5) {
                cnameParent.putIfAbsent(r.value(), r.name());
            }
        }
        for (DnsRecord r : m.records()) {
            if (!r.section().equals("answer") || !r.isAddress()) {
                continue;
            }
            String name = r.name();
            StringBuilder chain = new StringBuilder(name);
            for (int i = 0; i < MAX_CHAIN && !m.questions().contains(name) && cnameParent.containsKey(name); i++) {
                name = cnameParent.get(name);
                chain.insert(0, name + " -> ");
            }
            if (!name.equals(r.name())) {
                chains.put(name, chain.toString());
            }
            if (nameOf.size() >= MAX_ENTRIES) {
                dropped++;
                continue;
            }
            Prefix a = Prefix.parse(r.value());
            nameOf.put(a, name);
            addressesOf.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(a);
        }
    }

    String nameOf(Prefix address) {
        return nameOf.get(address);
    }

    Map<String, List<Prefix>> table() {
        Map<String, List<Prefix>> t = new HashMap<>();
        addressesOf.forEach((k, v) -> t.put(k, List.copyOf(v)));
        return t;
    }
}
