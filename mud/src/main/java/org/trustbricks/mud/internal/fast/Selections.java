package org.trustbricks.mud.internal.fast;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.trustbricks.mud.internal.Conditions;

/** Absolute-path selections over a JSON document (libyang semantics: every matching node of the whole document). */
final class Selections {

    private Selections() {
    }

    /** Values selected by an absolute path of data-node names, or null when the path leaves the schema. */
    static List<JsonNode> select(ValidationTree tree, JsonNode root, List<QName> path, Node[] last) {
        List<JsonNode> current = List.of(root);
        Node parent = tree.root;
        for (QName step : path) {
            Node child = parent.byQName.get(step);
            if (child == null) {
                return null;
            }
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (!node.isObject()) {
                    continue;
                }
                JsonNode v = memberValue(parent, node, step);
                if (v == null) {
                    continue;
                }
                if (v.isArray() && (child.kind == Node.Kind.LIST || child.kind == Node.Kind.LEAF_LIST)) {
                    v.forEach(next::add);
                } else {
                    next.add(v);
                }
            }
            current = next;
            parent = child;
        }
        last[0] = parent;
        return current;
    }

    /** The when condition {@code derived-from[-or-self](/path, 'identity')}: true when any selected value qualifies. */
    static boolean identityWhen(ValidationTree tree, JsonNode root, Conditions.IdentityWhen when) {
        Node[] last = new Node[1];
        List<JsonNode> values = select(tree, root, when.path(), last);
        if (values == null || when.path().isEmpty()) {
            return false;
        }
        Identities.Scope scope = last[0].identityScope(tree.identities);
        for (JsonNode value : values) {
            if (value.isTextual()) {
                Identities.Identity id = scope.identity(value.asText());
                if (id != null && (when.orSelf() || !id.name().equals(when.identity())) && id.derivedFromOrSelf(when.identity())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The texts of the leaf values a leafref path selects, or null when the path leaves the schema. */
    static Set<String> texts(ValidationTree tree, JsonNode root, List<QName> path) {
        List<JsonNode> values = select(tree, root, path, new Node[1]);
        if (values == null) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (JsonNode v : values) {
            if (v.isValueNode()) {
                out.add(v.asText());
            }
        }
        return out;
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
}
