package org.trustbricks.mud.internal.fast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.PathExpression;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.LeafrefTypeDefinition;
import org.opendaylight.yangtools.yang.xpath.api.QNameReferent;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathAxis;
import org.trustbricks.mud.internal.Conditions;
import org.trustbricks.mud.internal.MudSchema;

/**
 * Compiles the yangtools model of the MUD modules into a {@link ValidationTree}. The build runs {@link #main} to write
 * the tree the application reads ({@link ValidationTree#RESOURCE}); a test checks that it equals a fresh compilation.
 */
public final class TreeCompiler {

    private final Identities identities;
    private final Conditions conditions;
    private final Map<QNameModule, String> moduleNames = new HashMap<>();
    private final List<Conditions.IdentityWhen> whens = new ArrayList<>();

    private TreeCompiler(EffectiveModelContext context, Conditions conditions) {
        this.conditions = conditions;
        Map<String, QNameModule> modules = new HashMap<>();
        List<Identities.Identity> ids = new ArrayList<>();
        for (Module m : context.getModules()) {
            moduleNames.put(m.getQNameModule(), m.getName());
            modules.put(m.getName(), m.getQNameModule());
            for (IdentitySchemaNode id : m.getIdentities()) {
                java.util.Set<QName> lineage = new java.util.HashSet<>();
                lineage(id, lineage);
                ids.add(new Identities.Identity(id.getQName(), java.util.Collections.unmodifiableSet(lineage)));
            }
        }
        this.identities = new Identities(modules, ids);
    }

    /** Compiles the tree of a schema. */
    public static ValidationTree compile(MudSchema schema) {
        EffectiveModelContext context = schema.context();
        TreeCompiler compiler = new TreeCompiler(context, schema.conditions());
        Node root = new Node(null, Node.Kind.CONTAINER);
        compiler.fill(root, null, context, false);
        Map<String, QNameModule> modules = new HashMap<>();
        compiler.moduleNames.forEach((module, name) -> modules.put(name, module));
        return new ValidationTree(root, compiler.identities, compiler.whens, modules);
    }

    /**
     * The serialised form of a tree, as {@link ValidationTree#read} reads it. Equal names and strings are written once,
     * so the bytes depend on the tree's content only, not on which equal objects yangtools happened to share.
     */
    public static byte[] bytes(ValidationTree tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new CanonicalStream(out)) {
            objects.writeObject(tree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the compiled tree of the bundled modules under the class-output directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(ValidationTree.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(compile(MudSchema.shared())));
    }

    /** Writes one instance of each equal string, name and module, whichever instance the graph holds. */
    private static final class CanonicalStream extends ObjectOutputStream {

        private final Map<Object, Object> canonical = new HashMap<>();

        CanonicalStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof String || obj instanceof QName || obj instanceof QNameModule
                    ? canonical.computeIfAbsent(obj, o -> o) : obj;
        }
    }

    private static void lineage(IdentitySchemaNode id, java.util.Set<QName> out) {
        if (out.add(id.getQName())) {
            for (IdentitySchemaNode base : id.getBaseIdentities()) {
                lineage(base, out);
            }
        }
    }

    private void fill(Node parent, QNameModule module, DataNodeContainer container, boolean uncertain) {
        List<DataSchemaNode> flat = new ArrayList<>();
        Map<DataSchemaNode, List<Object>> cases = new HashMap<>();
        flatten(container.getChildNodes(), List.of(), flat, cases);
        Map<ChoiceSchemaNode, Integer> choiceIds = new IdentityHashMap<>();
        for (DataSchemaNode schema : flat) {
            Node.Kind kind = switch (schema) {
                case ContainerSchemaNode c -> Node.Kind.CONTAINER;
                case ListSchemaNode l -> Node.Kind.LIST;
                case LeafListSchemaNode l -> Node.Kind.LEAF_LIST;
                case LeafSchemaNode l -> Node.Kind.LEAF;
                default -> Node.Kind.OTHER;
            };
            Node n = new Node(schema.getQName(), kind);
            n.slot = parent.childCount++;
            n.moduleName = moduleNames.get(n.qname.getModule());
            n.when = conditions.when(schema);
            if (n.when != null) {
                n.whenId = whens.size();
                whens.add(n.when);
            }
            n.musts = List.copyOf(conditions.musts(schema));
            n.config = schema.effectiveConfig().orElse(Boolean.TRUE);
            n.uncertain = uncertain || !n.config || schema instanceof AnydataSchemaNode || schema instanceof AnyxmlSchemaNode;
            List<Object> chain = cases.get(schema);
            if (chain != null) {
                n.choices = new int[chain.size() / 2];
                n.cases = new String[chain.size() / 2];
                for (int i = 0; i < n.choices.length; i++) {
                    n.choices[i] = choiceIds.computeIfAbsent((ChoiceSchemaNode) chain.get(2 * i), c -> choiceIds.size());
                    n.cases[i] = (String) chain.get(2 * i + 1);
                }
            }
            TypeDefinition<?> type = switch (schema) {
                case LeafSchemaNode l -> l.getType();
                case LeafListSchemaNode l -> l.getType();
                default -> null;
            };
            if (type != null) {
                n.type = TypeCompiler.compile(type, identities);
                if (type instanceof LeafrefTypeDefinition ref) {
                    n.leafrefTarget = target(ref.getPathStatement(), n.qname.getModule());
                    n.leafrefUnresolvable = n.leafrefTarget == null;
                }
            }
            parent.byQName.put(n.qname, n);
            parent.members.put(n.moduleName + ":" + n.local, n);
            if (module != null && module.equals(n.qname.getModule())) {
                parent.members.put(n.local, n);
            }
            if (schema instanceof ListSchemaNode list) {
                n.keys = List.copyOf(list.getKeyDefinition());
            }
            if (schema instanceof DataNodeContainer dc) {
                fill(n, n.qname.getModule(), dc, n.uncertain);
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
