package org.trustbricks.mud.internal.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.UnresolvedQName;
import org.opendaylight.yangtools.yang.model.api.AnydataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.AnyxmlSchemaNode;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.LeafrefTypeDefinition;
import org.opendaylight.yangtools.yang.xpath.api.QNameReferent;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathAxis;
import org.opendaylight.yangtools.yang.model.api.PathExpression;
import org.trustbricks.mud.internal.Conditions;
import org.trustbricks.mud.internal.SchemaIndex;

/**
 * The MUD schema compiled once from the yangtools model into a tree the JSON walk follows directly: members by
 * their RFC 7951 names, leaf types with compiled patterns and ranges, mandatory plans, when/must conditions and
 * leafref targets. Immutable after construction and shared by every thread.
 */
public final class ValidationTree {

    /** Modules whose top-level data a MUD file may hold (the modules yanglint implements for MUD validation). */
    static final Set<String> TOP_LEVEL_MODULES = Set.of("ietf-mud", "ietf-access-control-list", "ietf-interfaces",
            "ietf-mud-transparency", "ietf-mud-tls", "ietf-acl-tls");

    final Node root;
    final SchemaIndex index;
    final Identities identities;
    final List<Conditions.IdentityWhen> whens = new ArrayList<>();
    private final Map<QNameModule, String> moduleNames = new HashMap<>();

    /** Compiles the tree for a schema context (its conditions and name index already built). */
    public ValidationTree(EffectiveModelContext context, SchemaIndex index, Conditions conditions) {
        this.index = index;
        this.identities = new Identities(context);
        for (var m : context.getModules()) {
            moduleNames.put(m.getQNameModule(), m.getName());
        }
        this.root = new Node(null, Node.Kind.CONTAINER);
        fill(root, null, context, conditions, false);
    }

    private void fill(Node parent, QNameModule module, DataNodeContainer container, Conditions conditions, boolean uncertain) {
        List<DataSchemaNode> flat = new ArrayList<>();
        Map<DataSchemaNode, List<Object>> cases = new HashMap<>();
        flatten(container.getChildNodes(), List.of(), flat, cases);
        for (DataSchemaNode schema : flat) {
            Node.Kind kind = switch (schema) {
                case ContainerSchemaNode c -> Node.Kind.CONTAINER;
                case ListSchemaNode l -> Node.Kind.LIST;
                case LeafListSchemaNode l -> Node.Kind.LEAF_LIST;
                case LeafSchemaNode l -> Node.Kind.LEAF;
                default -> Node.Kind.OTHER;
            };
            Node n = new Node(schema, kind);
            n.slot = parent.childCount++;
            n.moduleName = moduleNames.get(n.qname.getModule());
            n.when = conditions.when(schema);
            if (n.when != null) {
                n.whenId = whens.size();
                whens.add(n.when);
            }
            n.musts = conditions.musts(schema);
            n.config = schema.effectiveConfig().orElse(Boolean.TRUE);
            n.uncertain = uncertain || !n.config || schema instanceof AnydataSchemaNode || schema instanceof AnyxmlSchemaNode;
            List<Object> chain = cases.get(schema);
            if (chain != null) {
                n.choices = new Object[chain.size() / 2];
                n.cases = new String[chain.size() / 2];
                for (int i = 0; i < n.choices.length; i++) {
                    n.choices[i] = chain.get(2 * i);
                    n.cases[i] = (String) chain.get(2 * i + 1);
                }
            }
            TypeDefinition<?> type = switch (schema) {
                case LeafSchemaNode l -> l.getType();
                case LeafListSchemaNode l -> l.getType();
                default -> null;
            };
            if (type != null) {
                n.type = new LeafType(type, identities);
                if (type instanceof LeafrefTypeDefinition ref) {
                    n.leafrefTarget = target(ref.getPathStatement(), n.qname.getModule());
                    n.leafrefUnresolvable = n.leafrefTarget == null;
                }
            }
            parent.byQName.put(n.qname, n);
            String name = n.moduleName + ":" + n.local;
            parent.members.put(name, n);
            if (module != null && module.equals(n.qname.getModule())) {
                parent.members.put(n.local, n);
            }
            if (schema instanceof ListSchemaNode list) {
                n.keys = List.copyOf(list.getKeyDefinition());
            }
            if (schema instanceof DataNodeContainer dc) {
                fill(n, n.qname.getModule(), dc, conditions, n.uncertain);
            }
        }
        parent.mandatory = Mandatory.compile(container.getChildNodes(), parent.byQName);
    }

    private static void flatten(Iterable<? extends DataSchemaNode> nodes, List<Object> chain, List<DataSchemaNode> out,
            Map<DataSchemaNode, List<Object>> cases) {
        for (DataSchemaNode node : nodes) {
            if (node instanceof ChoiceSchemaNode ch) {
                for (CaseSchemaNode c : ch.getCases()) {
                    List<Object> deeper = new ArrayList<>(chain);
                    deeper.add(ch);
                    deeper.add(c.getQName().getLocalName());
                    flatten(c.getChildNodes(), deeper, out, cases);
                }
            } else {
                out.add(node);
                if (!chain.isEmpty()) {
                    cases.put(node, List.copyOf(chain));
                }
            }
        }
    }

    private static List<QName> target(PathExpression path, QNameModule module) {
        if (!(path.getSteps() instanceof PathExpression.LocationPathSteps steps)) {
            return null;
        }
        YangLocationPath location = steps.getLocationPath();
        if (!location.isAbsolute()) {
            return null;
        }
        List<QName> out = new ArrayList<>();
        for (YangLocationPath.Step step : location.getSteps()) {
            if (step.getAxis() != YangXPathAxis.CHILD || !(step instanceof QNameReferent ref)) {
                return null;
            }
            switch (ref.getQName()) {
                case QName q -> out.add(q);
                case UnresolvedQName.Unqualified u -> out.add(QName.create(module, u.getLocalName()));
                default -> {
                    return null;
                }
            }
            if (step instanceof YangLocationPath.QNameStep qs && !qs.getPredicates().isEmpty()) {
                return null;
            }
        }
        return List.copyOf(out);
    }
}
