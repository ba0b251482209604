package org.trustbricks.sesip.composition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.sesip.st.Part;

/** The part graph: unknown references, cycles, and which parts are direct parts of the composite. */
final class Chains {

    private final List<Part> parts;
    private final Map<String, Integer> index = new HashMap<>();

    Chains(List<Part> parts) {
        this.parts = parts;
        for (int i = 0; i < parts.size(); i++) {
            index.putIfAbsent(parts.get(i).id(), i);
        }
    }

    boolean known(String id) {
        return index.containsKey(id);
    }

    int indexOf(String id) {
        return index.get(id);
    }

    /** Findings for {@code uses} entries that name no part. */
    List<Finding> unknownReferences() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<String> uses = parts.get(i).uses();
            for (int j = 0; j < uses.size(); j++) {
                if (!index.containsKey(uses.get(j))) {
                    out.add(Finding.error(CompositionCodes.USES_UNKNOWN, JsonPointer.of("parts", i, "uses", j),
                            "the part " + parts.get(i).id() + " uses \"" + uses.get(j) + "\", which is not a part of this ST",
                            "list that part under parts with its certificate data, or remove the reference."));
                }
            }
        }
        return out;
    }

    /** The first cycle found, as the list of part ids that form it (first id repeated at the end). */
    Optional<List<String>> cycle() {
        Map<String, Integer> state = new HashMap<>();
        for (Part p : parts) {
            Deque<String> stack = new ArrayDeque<>();
            Optional<List<String>> c = visit(p.id(), state, stack);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, Deque<String> stack) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> path = new ArrayList<>(stack);
            java.util.Collections.reverse(path);
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        stack.push(id);
        Integer i = index.get(id);
        if (i != null) {
            for (String next : parts.get(i).uses()) {
                Optional<List<String>> c = visit(next, state, stack);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        stack.pop();
        state.put(id, 2);
        return Optional.empty();
    }

    /** Ids of parts no other part uses: the composite's direct parts. */
    Set<String> direct() {
        Set<String> used = new HashSet<>();
        parts.forEach(p -> used.addAll(p.uses()));
        Set<String> direct = new java.util.LinkedHashSet<>();
        parts.stream().map(Part::id).filter(id -> !used.contains(id)).forEach(direct::add);
        return direct;
    }
}
