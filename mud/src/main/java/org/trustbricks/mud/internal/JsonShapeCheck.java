package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.AnydataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.AnyxmlSchemaNode;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ContainerSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ElementCountConstraintAware;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;

/**
 * The schema rules that libyang enforces on RFC 7951 JSON and yangtools does not: the JSON kind of each value
 * (numbers, strings, booleans, {@code [null]} for empty), union member resolution (e.g. {@code "0x0800"} is no
 * ethertype), identityref derivation, duplicate list keys and leaf-list values, {@code when} and {@code must}.
 */
public final class JsonShapeCheck {

    private final MudSchema schema;
    private final SchemaIndex index;
    private final JsonNode root;
    private final List<Finding> findings = new ArrayList<>();
    /** Absolute-path when conditions depend on the document only, so each is evaluated once per document. */
    private final Map<Conditions.IdentityWhen, Boolean> whenResults = new java.util.HashMap<>();

    /** Modules whose top-level data a MUD file may hold (the modules yanglint implements for MUD validation). */
    private static final Set<String> TOP_LEVEL_MODULES = Set.of("ietf-mud", "ietf-access-control-list", "ietf-interfaces",
            "ietf-mud-transparency", "ietf-mud-tls", "ietf-acl-tls");

    private JsonShapeCheck(MudSchema schema, JsonNode root) {
        this.schema = schema;
        this.index = schema.index();
        this.root = root;
    }

    /** Findings for one parsed document. */
    public static List<Finding> check(MudSchema schema, JsonNode root) {
        JsonShapeCheck check = new JsonShapeCheck(schema, root);
        if (!root.isObject()) {
            check.error(Codes.SCHEMA_ENCODING, "", "the document must be a JSON object holding the YANG top-level nodes");
        } else {
            check.members(schema.context(), null, root, "");
        }
        return check.findings;
    }

    private void members(DataNodeContainer parent, QNameModule module, JsonNode object, String ptr) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        List<Map.Entry<DataSchemaNode, String>> leavesWithMust = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> member = it.next();
            String path = JsonPointer.append(ptr, member.getKey());
            if (member.getKey().startsWith("@")) {
                continue;
            }
            Optional<DataSchemaNode> node = index.member(parent, module, member.getKey());
            if (node.isEmpty()) {
                error(Codes.SCHEMA_UNKNOWN_NODE, path, "\"" + member.getKey() + "\" is not a node of the MUD schema here"
                        + (module == null && member.getKey().indexOf(':') < 0 ? " (top-level names need a module prefix)" : ""));
                continue;
            }
            DataSchemaNode n = node.get();
            if (module == null && !TOP_LEVEL_MODULES.contains(index.moduleName(n.getQName().getModule()))) {
                error(Codes.SCHEMA_UNKNOWN_NODE, path, "\"" + member.getKey() + "\" is not data of a MUD file: its module is "
                        + "only imported by the MUD modules");
                continue;
            }
            if (!schema.conditions().musts(n).isEmpty()) {
                leavesWithMust.add(Map.entry(n, member.getKey()));
            }
            visit(n, member.getValue(), path);
        }
        for (Map.Entry<DataSchemaNode, String> e : leavesWithMust) {
            checkMusts(parent, e.getKey(), object, e.getValue(), JsonPointer.append(ptr, e.getValue()));
        }
        if (module != null) {
            Set<QName> present = new HashSet<>();
            object.fieldNames().forEachRemaining(name -> index.member(parent, module, name).ifPresent(n -> present.add(n.getQName())));
            mandatory(parent.getChildNodes(), present, ptr);
        }
    }

    /** Mandatory leaves and choices, min-elements, and those of absent non-presence containers (as libyang checks). */
    private void mandatory(Iterable<? extends DataSchemaNode> children, Set<QName> present, String ptr) {
        for (DataSchemaNode child : children) {
            switch (child) {
                case LeafSchemaNode leaf when leaf.isMandatory() && !present.contains(leaf.getQName()) ->
                        error(Codes.SCHEMA_MANDATORY, ptr, "mandatory leaf \"" + leaf.getQName().getLocalName() + "\" is missing");
                case ChoiceSchemaNode choice -> {
                    CaseSchemaNode chosen = null;
                    for (CaseSchemaNode c : choice.getCases()) {
                        if (anyPresent(c.getChildNodes(), present)) {
                            chosen = c;
                        }
                    }
                    if (chosen != null) {
                        mandatory(chosen.getChildNodes(), present, ptr);
                    } else if (choice.isMandatory()) {
                        error(Codes.SCHEMA_MANDATORY, ptr, "mandatory choice \"" + choice.getQName().getLocalName() + "\" has no case");
                    }
                }
                case ContainerSchemaNode c when !c.isPresenceContainer() && !present.contains(c.getQName())
                        && c.getWhenCondition().isEmpty() && c.effectiveConfig().orElse(true) -> mandatory(c.getChildNodes(), Set.of(),
                        JsonPointer.append(ptr, c.getQName().getLocalName()));
                case ElementCountConstraintAware counted when !present.contains(child.getQName())
                        && counted.getElementCountConstraint().map(e -> e.getMinElements() != null && e.getMinElements() > 0).orElse(false) ->
                        error(Codes.SCHEMA_MANDATORY, ptr, "\"" + child.getQName().getLocalName() + "\" needs at least "
                                + counted.getElementCountConstraint().get().getMinElements() + " entries");
                default -> { }
            }
        }
    }

    private static boolean anyPresent(Iterable<? extends DataSchemaNode> nodes, Set<QName> present) {
        for (DataSchemaNode n : nodes) {
            if (present.contains(n.getQName()) || n instanceof ChoiceSchemaNode ch
                    && ch.getCases().stream().anyMatch(c -> anyPresent(c.getChildNodes(), present))) {
                return true;
            }
        }
        return false;
    }

    private void visit(DataSchemaNode node, JsonNode value, String path) {
        Conditions.IdentityWhen when = schema.conditions().when(node);
        if (when != null && !whenResults.computeIfAbsent(when, this::holds)) {
            error(Codes.SCHEMA_WHEN, path, "\"" + node.getQName().getLocalName() + "\" is not allowed here: its when condition "
                    + when.expression() + " is false (no ACL in the file has a type derived from "
                    + when.identity().getLocalName() + ")");
        }
        QNameModule module = node.getQName().getModule();
        switch (node) {
            case ContainerSchemaNode c -> {
                if (value.isObject()) {
                    members(c, module, value, path);
                } else {
                    error(Codes.SCHEMA_ENCODING, path, "container \"" + c.getQName().getLocalName() + "\" must be a JSON object");
                }
            }
            case ListSchemaNode l -> list(l, value, path);
            case LeafListSchemaNode ll -> leafList(ll, value, path);
            case LeafSchemaNode leaf -> Values.check(index, leaf.getType(), module, value, path, findings);
            case AnydataSchemaNode a -> { }
            case AnyxmlSchemaNode a -> { }
            default -> { }
        }
    }

    private void list(ListSchemaNode list, JsonNode value, String path) {
        if (!value.isArray()) {
            error(Codes.SCHEMA_ENCODING, path, "list \"" + list.getQName().getLocalName() + "\" must be a JSON array");
            return;
        }
        Set<List<String>> keys = new HashSet<>();
        QNameModule module = list.getQName().getModule();
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            String p = JsonPointer.append(path, i);
            if (!entry.isObject()) {
                error(Codes.SCHEMA_ENCODING, p, "an entry of list \"" + list.getQName().getLocalName() + "\" must be a JSON object");
                continue;
            }
            List<String> key = new ArrayList<>();
            for (QName k : list.getKeyDefinition()) {
                JsonNode kv = memberValue(list, module, entry, k);
                key.add(kv == null ? null : kv.toString());
            }
            if (!list.getKeyDefinition().isEmpty() && !key.contains(null) && !keys.add(key)) {
                error(Codes.SCHEMA_DUPLICATE, p, "duplicate entry of list \"" + list.getQName().getLocalName() + "\" with key "
                        + String.join(", ", key));
            }
            members(list, module, entry, p);
        }
    }

    private void leafList(LeafListSchemaNode leafList, JsonNode value, String path) {
        if (!value.isArray()) {
            error(Codes.SCHEMA_ENCODING, path, "leaf-list \"" + leafList.getQName().getLocalName() + "\" must be a JSON array");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String p = JsonPointer.append(path, i);
            Values.check(index, leafList.getType(), leafList.getQName().getModule(), value.get(i), p, findings);
            if (leafList.effectiveConfig().orElse(Boolean.TRUE) && !seen.add(value.get(i).toString())) {
                error(Codes.SCHEMA_DUPLICATE, p, "duplicate value " + value.get(i) + " in leaf-list \""
                        + leafList.getQName().getLocalName() + "\"");
            }
        }
    }

    private JsonNode memberValue(DataNodeContainer parent, QNameModule module, JsonNode object, QName name) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> m = it.next();
            Optional<DataSchemaNode> n = index.member(parent, module, m.getKey());
            if (n.isPresent() && n.get().getQName().equals(name)) {
                return m.getValue();
            }
        }
        return null;
    }

    private void checkMusts(DataNodeContainer parent, DataSchemaNode node, JsonNode object, String jsonName, String path) {
        QNameModule module = node.getQName().getModule();
        JsonNode self = object.get(jsonName);
        for (Conditions.SiblingMust must : schema.conditions().musts(node)) {
            JsonNode other = memberValue(parent, module, object, must.sibling());
            if (!must.holds(self, other)) {
                error(Codes.SCHEMA_MUST, path, must.errorMessage().replaceAll("\\s+", " ") + " (" + must.expression() + ")");
            }
        }
    }

    /** libyang semantics: the absolute path selects nodes anywhere in the document; any derived one satisfies. */
    private boolean holds(Conditions.IdentityWhen when) {
        List<JsonNode> current = List.of(root);
        DataNodeContainer parent = schema.context();
        QNameModule module = null;
        DataSchemaNode last = null;
        for (QName step : when.path()) {
            List<JsonNode> next = new ArrayList<>();
            Optional<DataSchemaNode> child = index.child(parent, step);
            if (child.isEmpty()) {
                return false;
            }
            for (JsonNode node : current) {
                if (!node.isObject()) {
                    continue;
                }
                JsonNode v = memberValue(parent, module, node, step);
                if (v == null) {
                    continue;
                }
                if (v.isArray() && (child.get() instanceof ListSchemaNode || child.get() instanceof LeafListSchemaNode)) {
                    v.forEach(next::add);
                } else {
                    next.add(v);
                }
            }
            current = next;
            last = child.get();
            module = step.getModule();
            if (child.get() instanceof DataNodeContainer c) {
                parent = c;
            }
        }
        for (JsonNode value : current) {
            if (value.isTextual() && last != null) {
                Optional<IdentitySchemaNode> id = index.identity(value.asText(), last.getQName().getModule());
                if (id.isPresent() && (when.orSelf() ? SchemaIndex.derivedFromOrSelf(id.get(), when.identity())
                        : !id.get().getQName().equals(when.identity()) && SchemaIndex.derivedFromOrSelf(id.get(), when.identity()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void error(String code, String path, String message) {
        findings.add(Finding.error(code, path, message, ""));
    }
}
