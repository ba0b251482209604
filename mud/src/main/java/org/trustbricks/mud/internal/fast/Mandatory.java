package org.trustbricks.mud.internal.fast;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraintAware;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;

/** Mandatory leaves and choices, min-elements, and those of absent non-presence containers (libyang's rules), precompiled. */
final class Mandatory {

    private Mandatory() {
    }

    /** What one container or list entry requires, in schema order. */
    record Plan(List<Item> items) implements Serializable {

        private Object writeReplace() {
            return new RecordForm(RecordForm.PLAN, items);
        }

        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    sealed interface Item extends Serializable permits LeafItem, ChoiceItem, ContainerItem, CountItem {
    }

    record LeafItem(int slot, String name) implements Item {

        private Object writeReplace() {
            return new RecordForm(RecordForm.LEAF_ITEM, slot, name);
        }
    }

    record CaseItem(int[] slots, Plan plan) implements Serializable {

        private Object writeReplace() {
            return new RecordForm(RecordForm.CASE_ITEM, slots, plan);
        }
    }

    record ChoiceItem(String name, boolean mandatory, List<CaseItem> cases) implements Item {

        private Object writeReplace() {
            return new RecordForm(RecordForm.CHOICE_ITEM, name, mandatory, cases);
        }
    }

    /** A non-presence container: when it is absent, what is missing below it is always the same, so it is precomputed. */
    record ContainerItem(int slot, List<Missing> whenAbsent) implements Item {

        private Object writeReplace() {
            return new RecordForm(RecordForm.CONTAINER_ITEM, slot, whenAbsent);
        }
    }

    record CountItem(int slot, String name, int min) implements Item {

        private Object writeReplace() {
            return new RecordForm(RecordForm.COUNT_ITEM, slot, name, min);
        }
    }

    /** A missing node: where (relative segments below the checked object) and what. */
    record Missing(List<String> below, String message) implements Serializable {

        private Object writeReplace() {
            return new RecordForm(RecordForm.MISSING, below, message);
        }
    }

    static Plan compile(Iterable<? extends DataSchemaNode> children, Map<QName, Node> slots) {
        List<Item> items = new ArrayList<>();
        for (DataSchemaNode child : children) {
            int slot = slots != null && slots.containsKey(child.getQName()) ? slots.get(child.getQName()).slot : -1;
            switch (child) {
                case LeafSchemaNode leaf when leaf.isMandatory() -> items.add(new LeafItem(slot, leaf.getQName().getLocalName()));
                case ChoiceSchemaNode choice -> {
                    List<CaseItem> cases = new ArrayList<>();
                    for (CaseSchemaNode c : choice.getCases()) {
                        List<Integer> s = new ArrayList<>();
                        caseSlots(c.getChildNodes(), slots, s);
                        cases.add(new CaseItem(s.stream().mapToInt(Integer::intValue).toArray(), compile(c.getChildNodes(), slots)));
                    }
                    items.add(new ChoiceItem(choice.getQName().getLocalName(), choice.isMandatory(), cases));
                }
                case ContainerSchemaNode c when !c.isPresenceContainer() && c.getWhenCondition().isEmpty()
                        && c.effectiveConfig().orElse(true) -> {
                    List<Missing> below = new ArrayList<>();
                    check(compile(c.getChildNodes(), null), null, List.of(c.getQName().getLocalName()), below);
                    items.add(new ContainerItem(slot, List.copyOf(below)));
                }
                case ElementCountConstraintAware counted when counted.getElementCountConstraint()
                        .map(e -> e.getMinElements() != null && e.getMinElements() > 0).orElse(false) ->
                        items.add(new CountItem(slot, child.getQName().getLocalName(),
                                counted.getElementCountConstraint().get().getMinElements()));
                default -> { }
            }
        }
        return new Plan(List.copyOf(items));
    }

    private static void caseSlots(Iterable<? extends DataSchemaNode> nodes, Map<QName, Node> slots, List<Integer> out) {
        for (DataSchemaNode n : nodes) {
            if (n instanceof ChoiceSchemaNode ch) {
                for (CaseSchemaNode c : ch.getCases()) {
                    caseSlots(c.getChildNodes(), slots, out);
                }
            } else if (slots != null && slots.containsKey(n.getQName())) {
                out.add(slots.get(n.getQName()).slot);
            }
        }
    }

    /** Appends what is missing; {@code present} null means nothing is present (an absent container). */
    static void check(Plan plan, boolean[] present, List<String> below, List<Missing> out) {
        for (Item item : plan.items()) {
            switch (item) {
                case LeafItem leaf -> {
                    if (!has(present, leaf.slot())) {
                        out.add(new Missing(below, "mandatory leaf \"" + leaf.name() + "\" is missing"));
                    }
                }
                case ChoiceItem choice -> {
                    CaseItem chosen = null;
                    for (CaseItem c : choice.cases()) {
                        for (int s : c.slots()) {
                            if (has(present, s)) {
                                chosen = c;
                                break;
                            }
                        }
                    }
                    if (chosen != null) {
                        check(chosen.plan(), present, below, out);
                    } else if (choice.mandatory()) {
                        out.add(new Missing(below, "mandatory choice \"" + choice.name() + "\" has no case"));
                    }
                }
                case ContainerItem c -> {
                    if (!has(present, c.slot())) {
                        for (Missing m : c.whenAbsent()) {
                            out.add(below.isEmpty() ? m : new Missing(concat(below, m.below()), m.message()));
                        }
                    }
                }
                case CountItem c -> {
                    if (!has(present, c.slot())) {
                        out.add(new Missing(below, "\"" + c.name() + "\" needs at least " + c.min() + " entries"));
                    }
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean has(boolean[] present, int slot) {
        return present != null && slot >= 0 && present[slot];
    }
}
