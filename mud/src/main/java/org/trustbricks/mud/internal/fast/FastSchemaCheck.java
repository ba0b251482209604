package org.trustbricks.mud.internal.fast;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.internal.Codes;
import org.trustbricks.mud.internal.Conditions;
import org.trustbricks.mud.internal.YangMessages;

/**
 * The schema check of a MUD file in one walk of its JSON tree over the {@link ValidationTree}: libyang's rules
 * (value kinds, ranges, identities, enumerations, unknown nodes, duplicates, mandatory nodes, when, must) give their
 * findings directly; what the yangtools parser and data tree would add (patterns, lengths, union resolution, choice
 * cases, mandatory descendants, leafrefs) is predicted with yangtools' own messages. When a prediction is not
 * certain, the result asks for the reference check instead.
 */
public final class FastSchemaCheck {

    /**
     * The outcome of the walk.
     *
     * @param findings          the schema findings (same as the reference check's), meaningless when a reference is needed
     * @param referenceNeeded   true when only the yangtools reference check can give the exact findings
     */
    public record Result(List<Finding> findings, boolean referenceNeeded) {
    }

    private static final String YANGTOOLS = "yangtools rejected the document: ";

    private final ValidationTree tree;
    private final JsonNode root;
    private final List<Finding> findings = new ArrayList<>();
    private Boolean[] whenResults;
    /** First yangtools parser objection in document order: its message or {@link LeafType#UNCERTAIN}. */
    private String parserFirst;
    private boolean parserCertainlyFails;
    private final List<Mandatory.Missing> missing = new ArrayList<>();
    private Where firstMissingAt;
    private Node firstMissingParent;
    private List<Node> leafrefNodes;
    private List<String> leafrefValues;
    private boolean treeUncertain;

    private FastSchemaCheck(ValidationTree tree, JsonNode root) {
        this.tree = tree;
        this.root = root;
    }

    /** Checks one parsed document. */
    public static Result check(ValidationTree tree, JsonNode root) {
        FastSchemaCheck check = new FastSchemaCheck(tree, root);
        if (!root.isObject()) {
            check.error(Codes.SCHEMA_ENCODING, Where.ROOT, "the document must be a JSON object holding the YANG top-level nodes");
            check.uncertainParse();
        } else {
            check.members(tree.root, root, Where.ROOT, true);
        }
        return check.result();
    }

    private Result result() {
        boolean shapeClean = findings.isEmpty();
        boolean treeFails = !missing.isEmpty() || treeUncertain || leafrefsFail();
        if (parserFirst != null) {
            if (!shapeClean && (parserCertainlyFails || !treeFails)) {
                return new Result(findings, false);
            }
            if (shapeClean && !parserFirst.equals(LeafType.UNCERTAIN)) {
                findings.add(Finding.error(Codes.SCHEMA_PARSE, "", YANGTOOLS + YangMessages.tidy(parserFirst.lines().findFirst().orElse("")), ""));
                return new Result(findings, false);
            }
            return new Result(findings, true);
        }
        if (!treeFails) {
            return new Result(findings, false);
        }
        if (missing.size() == 1 && !treeUncertain && !leafrefsFail() && missing.get(0).below().isEmpty()
                && firstMissingAt.parent() == Where.ROOT && missing.get(0).message().startsWith("mandatory leaf ")) {
            String leaf = missing.get(0).message().split("\"")[1];
            findings.add(Finding.error(Codes.SCHEMA_MANDATORY, "/" + leaf, YANGTOOLS + YangMessages.tidy("Node "
                    + firstMissingParent.local + " is missing mandatory descendant /" + leaf), ""));
            return new Result(findings, false);
        }
        return new Result(findings, true);
    }

    private void members(Node parent, JsonNode object, Where where, boolean top) {
        boolean[] present = top ? null : new boolean[parent.childCount];
        List<Object> chosen = null;
        List<Node> withMust = null;
        List<String> mustKeys = null;
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            if (key.startsWith("@")) {
                uncertainParse();
                continue;
            }
            Node n = parent.members.get(key);
            if (n == null) {
                error(Codes.SCHEMA_UNKNOWN_NODE, where.child(key), "\"" + key + "\" is not a node of the MUD schema here"
                        + (top && key.indexOf(':') < 0 ? " (top-level names need a module prefix)" : ""));
                parser(LeafType.UNCERTAIN);
                parserCertainlyFails = true;
                continue;
            }
            if (present != null) {
                present[n.slot] = true;
            }
            if (top && !ValidationTree.TOP_LEVEL_MODULES.contains(n.moduleName)) {
                error(Codes.SCHEMA_UNKNOWN_NODE, where.child(key), "\"" + key + "\" is not data of a MUD file: its module is "
                        + "only imported by the MUD modules");
                uncertainParse();
                continue;
            }
            if (n.choices != null) {
                chosen = chosen == null ? new ArrayList<>(8) : chosen;
                for (int c = 0; c < n.choices.length; c++) {
                    String earlier = choose(chosen, n.choices[c], n.cases[c]);
                    if (earlier != null && !earlier.equals(n.cases[c])) {
                        parser("Data from case " + n.cases[c] + " are specified but other data from case " + earlier
                                + " were specified earlier. Data aren't from the same case.");
                        break;
                    }
                }
            }
            if (!n.musts.isEmpty()) {
                withMust = withMust == null ? new ArrayList<>() : withMust;
                mustKeys = mustKeys == null ? new ArrayList<>() : mustKeys;
                withMust.add(n);
                mustKeys.add(key);
            }
            visit(n, member.getValue(), where.child(key));
        }
        if (withMust != null) {
            for (int i = 0; i < withMust.size(); i++) {
                musts(parent, withMust.get(i), object, mustKeys.get(i), where.child(mustKeys.get(i)));
            }
        }
        if (!top && !parent.mandatory.isEmpty()) {
            int before = missing.size();
            Mandatory.check(parent.mandatory, present, List.of(), missing);
            for (int i = before; i < missing.size(); i++) {
                Where at = where;
                for (String segment : missing.get(i).below()) {
                    at = at.child(segment);
                }
                error(Codes.SCHEMA_MANDATORY, at, missing.get(i).message());
                if (firstMissingAt == null) {
                    firstMissingAt = where;
                    firstMissingParent = parent;
                }
            }
        }
    }

    /** The case already chosen for {@code choice} in this object (pairs in {@code chosen}), recording {@code caseName} if none. */
    private static String choose(List<Object> chosen, int choice, String caseName) {
        for (int i = 0; i < chosen.size(); i += 2) {
            if ((Integer) chosen.get(i) == choice) {
                return (String) chosen.get(i + 1);
            }
        }
        chosen.add(choice);
        chosen.add(caseName);
        return null;
    }

    private void visit(Node node, JsonNode value, Where where) {
        if (node.when != null && !when(node.whenId)) {
            Conditions.IdentityWhen w = node.when;
            error(Codes.SCHEMA_WHEN, where, "\"" + node.local + "\" is not allowed here: its when condition "
                    + w.expression() + " is false (no ACL in the file has a type derived from " + w.identity().getLocalName() + ")");
        }
        if (node.uncertain) {
            uncertainParse();
        }
        switch (node.kind) {
            case CONTAINER -> {
                if (value.isObject()) {
                    members(node, value, where, false);
                } else {
                    error(Codes.SCHEMA_ENCODING, where, "container \"" + node.local + "\" must be a JSON object");
                    uncertainTree();
                }
            }
            case LIST -> list(node, value, where);
            case LEAF_LIST -> leafList(node, value, where);
            case LEAF -> leaf(node, value, where);
            case OTHER -> uncertainParse();
        }
    }

    private void leaf(Node node, JsonNode value, Where where) {
        Identities.Scope scope = node.identityScope(tree.identities);
        if (!node.type.accepts(value, scope)) {
            String problem = node.type.problem(value, scope);
            if (problem != null) {
                findings.add(problem.startsWith("!") ? Finding.error(Codes.SCHEMA_ENCODING, where.pointer(), problem.substring(1), "")
                        : Finding.error(Codes.SCHEMA_VALUE, where.pointer(), problem, ""));
                uncertainParse();
                leafref(node, value);
                return;
            }
        }
        String problem = node.type.parserProblem(value, scope);
        if (problem != null) {
            parser(problem);
        }
        leafref(node, value);
    }

    /** Records a leafref value for the data-tree check (yangtools reads any scalar as text, so wrong kinds count too). */
    private void leafref(Node node, JsonNode value) {
        if (node.leafrefTarget != null || node.leafrefUnresolvable) {
            if (node.leafrefUnresolvable || !(value.isTextual() || value.isNumber())) {
                treeUncertain = true;
            } else {
                leafrefNodes = leafrefNodes == null ? new ArrayList<>() : leafrefNodes;
                leafrefValues = leafrefValues == null ? new ArrayList<>() : leafrefValues;
                leafrefNodes.add(node);
                leafrefValues.add(value.asText());
            }
        }
    }

    private void list(Node list, JsonNode value, Where where) {
        if (!value.isArray()) {
            error(Codes.SCHEMA_ENCODING, where, "list \"" + list.local + "\" must be a JSON array");
            uncertainTree();
            return;
        }
        Set<Object> keys = list.keys.isEmpty() ? null : new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            Where at = where.child(i);
            if (!entry.isObject()) {
                error(Codes.SCHEMA_ENCODING, at, "an entry of list \"" + list.local + "\" must be a JSON object");
                uncertainTree();
                continue;
            }
            if (keys != null) {
                Object key = key(list, entry);
                if (key == null) {
                    uncertainParse();
                } else if (!keys.add(key)) {
                    List<String> texts = new ArrayList<>();
                    for (QName k : list.keys) {
                        texts.add(memberValue(list, entry, k).toString());
                    }
                    error(Codes.SCHEMA_DUPLICATE, at, "duplicate entry of list \"" + list.local + "\" with key " + String.join(", ", texts));
                }
            }
            members(list, entry, at, false);
        }
    }

    private void leafList(Node leafList, JsonNode value, Where where) {
        if (!value.isArray()) {
            error(Codes.SCHEMA_ENCODING, where, "leaf-list \"" + leafList.local + "\" must be a JSON array");
            uncertainTree();
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            Where at = where.child(i);
            leaf(leafList, value.get(i), at);
            if (leafList.config && !seen.add(identity(value.get(i)))) {
                error(Codes.SCHEMA_DUPLICATE, at, "duplicate value " + value.get(i) + " in leaf-list \"" + leafList.local + "\"");
            }
        }
    }

    /** The entry's key values, each as {@link #identity}, or null when a key leaf is missing. */
    private static Object key(Node list, JsonNode entry) {
        if (list.keys.size() == 1) {
            JsonNode kv = memberValue(list, entry, list.keys.get(0));
            return kv == null ? null : identity(kv);
        }
        List<String> key = new ArrayList<>(list.keys.size());
        for (QName k : list.keys) {
            JsonNode kv = memberValue(list, entry, k);
            if (kv == null) {
                return null;
            }
            key.add(identity(kv));
        }
        return key;
    }

    /** A string equal for two values exactly when their JSON texts are equal (strings cheaply, others as JSON). */
    private static String identity(JsonNode value) {
        return value.isTextual() ? "\"" + value.textValue() : value.toString();
    }

    /** The value of the member named {@code name} (qualified or not), compared by schema node rather than by name. */
    private static JsonNode memberValue(Node parent, JsonNode object, QName name) {
        Node wanted = parent.byQName.get(name);
        if (wanted == null) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> m = it.next();
            if (parent.members.get(m.getKey()) == wanted) {
                return m.getValue();
            }
        }
        return null;
    }

    private void musts(Node parent, Node node, JsonNode object, String key, Where where) {
        JsonNode self = object.get(key);
        for (Conditions.SiblingMust must : node.musts) {
            JsonNode other = memberValue(parent, object, must.sibling());
            if (!must.holds(self, other)) {
                error(Codes.SCHEMA_MUST, where, must.errorMessage().replaceAll("\\s+", " ") + " (" + must.expression() + ")");
            }
        }
    }

    private boolean when(int id) {
        if (whenResults == null) {
            whenResults = new Boolean[tree.whens.size()];
        }
        Boolean r = whenResults[id];
        if (r == null) {
            r = Selections.identityWhen(tree, root, tree.whens.get(id));
            whenResults[id] = r;
        }
        return r;
    }

    private boolean leafrefsFail() {
        if (leafrefNodes == null) {
            return false;
        }
        Map<List<QName>, Set<String>> targets = new HashMap<>();
        for (int i = 0; i < leafrefNodes.size(); i++) {
            List<QName> target = leafrefNodes.get(i).leafrefTarget;
            Set<String> values = targets.computeIfAbsent(target, t -> Selections.texts(tree, root, t));
            if (values == null || !values.contains(leafrefValues.get(i))) {
                return true;
            }
        }
        return false;
    }

    private void parser(String message) {
        if (parserFirst == null) {
            parserFirst = message;
        }
        parserCertainlyFails |= !message.equals(LeafType.UNCERTAIN);
    }

    /** A shape error that stops the walk below a node: neither the parser's nor the data tree's verdict is known. */
    private void uncertainTree() {
        uncertainParse();
        treeUncertain = true;
    }

    private void uncertainParse() {
        parser(LeafType.UNCERTAIN);
    }

    private void error(String code, Where where, String message) {
        findings.add(Finding.error(code, where.pointer(), message, ""));
    }
}
