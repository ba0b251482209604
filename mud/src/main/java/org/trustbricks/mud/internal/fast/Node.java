package org.trustbricks.mud.internal.fast;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yangtools.yang.common.QName;
import org.trustbricks.mud.internal.Conditions;

/** One compiled schema node: what a JSON member resolved to, and everything needed to check its value. */
final class Node implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The YANG statement kind, as far as the JSON walk cares. */
    enum Kind { CONTAINER, LIST, LEAF_LIST, LEAF, OTHER }

    final QName qname;
    final String local;
    final Kind kind;
    /** Position among the parent's (flattened) children, for presence bit sets. */
    int slot;
    /** Module name of the node, for the top-level check. */
    String moduleName;
    Conditions.IdentityWhen when;
    int whenId = -1;
    List<Conditions.SiblingMust> musts = List.of();
    /** Leaf and leaf-list value type. */
    LeafType type;
    /** Leaf and leaf-list: config true (leaf-list duplicates are checked only then). */
    boolean config;
    /** Choices this node lies in within its parent (numbered within the parent), outermost first, and its case in each (null when none). */
    int[] choices;
    String[] cases;
    /** Compiled leafref target (absolute path), null when not a leafref; unresolvable when the path is not simple. */
    List<QName> leafrefTarget;
    boolean leafrefUnresolvable;
    /** Config false, metadata or types that only the reference parser can judge. */
    boolean uncertain;

    /** Containers and list entries: members by JSON name (qualified always, unqualified in the node's module). */
    final Map<String, Node> members = new HashMap<>();
    final Map<QName, Node> byQName = new HashMap<>();
    int childCount;
    Mandatory.Plan mandatory;
    /** List keys in definition order. */
    List<QName> keys = List.of();

    /** Identity name resolution in this node's module, looked up on first use. */
    private transient Identities.Scope identityScope;

    Node(QName qname, Kind kind) {
        this.qname = qname;
        this.local = qname == null ? "" : qname.getLocalName();
        this.kind = kind;
    }

    /** Names resolve unprefixed in this node's module (cached: the lookup by module hashes its namespace). */
    Identities.Scope identityScope(Identities identities) {
        Identities.Scope scope = identityScope;
        if (scope == null) {
            scope = identities.scope(qname.getModule());
            identityScope = scope;
        }
        return scope;
    }
}
