package org.trustbricks.registry.vuln;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Shortest paths of parts in a piece of the composition graph (edges composite → part), breadth first, so shared
 * parts and even cycles cost one visit per certificate; ties go to the smallest certificate id.
 */
final class PartPaths {

    private final Map<String, TreeSet<String>> down = new HashMap<>();
    private final Map<String, TreeSet<String>> up = new HashMap<>();

    void edge(String composite, String part) {
        down.computeIfAbsent(composite, k -> new TreeSet<>()).add(part);
        up.computeIfAbsent(part, k -> new TreeSet<>()).add(composite);
    }

    /** For one certificate: the path from {@code part} up to {@code top} (part first), or empty if none. */
    List<String> fromPartTo(String part, String top) {
        Map<String, Integer> depth = distances(top, down);
        if (!depth.containsKey(part) || part.equals(top)) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        String at = part;
        path.add(at);
        while (!at.equals(top)) {
            int want = depth.get(at) - 1;
            at = up.get(at).stream().filter(c -> depth.getOrDefault(c, -1) == want).findFirst().orElseThrow();
            path.add(at);
        }
        return path;
    }

    /** For one part: the path to every certificate built on it (part first), shortest first. */
    Map<String, List<String>> fromPartToAll(String part) {
        Map<String, Integer> height = distances(part, up);
        Map<String, List<String>> out = new HashMap<>();
        for (String top : height.keySet()) {
            if (top.equals(part)) {
                continue;
            }
            List<String> reversed = new ArrayList<>();
            String at = top;
            reversed.add(at);
            while (!at.equals(part)) {
                int want = height.get(at) - 1;
                at = down.get(at).stream().filter(p -> height.getOrDefault(p, -1) == want).findFirst().orElseThrow();
                reversed.add(at);
            }
            out.put(top, List.copyOf(reversed.reversed()));
        }
        return out;
    }

    private static Map<String, Integer> distances(String from, Map<String, TreeSet<String>> next) {
        Map<String, Integer> d = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        d.put(from, 0);
        queue.add(from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String n : next.getOrDefault(at, new TreeSet<>())) {
                if (!d.containsKey(n)) {
                    d.put(n, d.get(at) + 1);
                    queue.add(n);
                }
            }
        }
        return d;
    }
}
