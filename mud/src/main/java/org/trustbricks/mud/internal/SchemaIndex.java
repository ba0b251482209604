package org.trustbricks.mud.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;

/** Name lookups over the schema for RFC 7951 member names ({@code module:name} or {@code name}). */
public final class SchemaIndex {

    private final EffectiveModelContext context;
    private final Map<String, QNameModule> modulesByName = new HashMap<>();
    private final Map<QNameModule, String> namesByModule = new HashMap<>();
    private final Map<Object, Map<QName, DataSchemaNode>> children = new ConcurrentHashMap<>();
    private final Map<QName, IdentitySchemaNode> identities = new HashMap<>();

    SchemaIndex(EffectiveModelContext context) {
        this.context = context;
        for (Module m : context.getModules()) {
            modulesByName.put(m.getName(), m.getQNameModule());
            namesByModule.put(m.getQNameModule(), m.getName());
            for (IdentitySchemaNode id : m.getIdentities()) {
                identities.put(id.getQName(), id);
            }
        }
    }

    /** The schema context. */
    public EffectiveModelContext context() {
        return context;
    }

    /** Module namespace of a module name. */
    public Optional<QNameModule> module(String name) {
        return Optional.ofNullable(modulesByName.get(name));
    }

    /** Module name of a namespace. */
    public String moduleName(QNameModule module) {
        return namesByModule.get(module);
    }

    /** The data child (looking through choices and cases) of a container, list, or the context itself. */
    public Optional<DataSchemaNode> child(DataNodeContainer parent, QName name) {
        return Optional.ofNullable(children.computeIfAbsent(parent, p -> flatten((DataNodeContainer) p)).get(name));
    }

    /** Resolves a JSON member name; unqualified names take the parent's module (null at the root). */
    public Optional<DataSchemaNode> member(DataNodeContainer parent, QNameModule parentModule, String jsonName) {
        int colon = jsonName.indexOf(':');
        QNameModule module = parentModule;
        String local = jsonName;
        if (colon >= 0) {
            module = modulesByName.get(jsonName.substring(0, colon));
            local = jsonName.substring(colon + 1);
        }
        if (module == null || local.isEmpty()) {
            return Optional.empty();
        }
        try {
            return child(parent, QName.create(module, local));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The identity of an identityref value, unprefixed names resolving in {@code defaultModule}. */
    public Optional<IdentitySchemaNode> identity(String value, QNameModule defaultModule) {
        int colon = value.indexOf(':');
        QNameModule module = colon < 0 ? defaultModule : modulesByName.get(value.substring(0, colon));
        if (module == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(identities.get(QName.create(module, value.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@code id} is {@code base} or derived from it. */
    public static boolean derivedFromOrSelf(IdentitySchemaNode id, QName base) {
        if (id.getQName().equals(base)) {
            return true;
        }
        for (IdentitySchemaNode b : id.getBaseIdentities()) {
            if (derivedFromOrSelf(b, base)) {
                return true;
            }
        }
        return false;
    }

    private static Map<QName, DataSchemaNode> flatten(DataNodeContainer parent) {
        Map<QName, DataSchemaNode> map = new HashMap<>();
        addAll(parent.getChildNodes(), map);
        return map;
    }

    private static void addAll(Iterable<? extends DataSchemaNode> nodes, Map<QName, DataSchemaNode> map) {
        for (DataSchemaNode node : nodes) {
            if (node instanceof ChoiceSchemaNode choice) {
                for (CaseSchemaNode c : choice.getCases()) {
                    addAll(c.getChildNodes(), map);
                }
            } else {
                map.put(node.getQName(), node);
            }
        }
    }

    /** Every data node reachable from the root, choices and cases included (for condition discovery). */
    public static void walk(Iterable<? extends DataSchemaNode> nodes, java.util.function.Consumer<DataSchemaNode> visitor) {
        for (DataSchemaNode node : nodes) {
            visitor.accept(node);
            if (node instanceof ChoiceSchemaNode choice) {
                for (CaseSchemaNode c : choice.getCases()) {
                    visitor.accept(c);
                    walk(c.getChildNodes(), visitor);
                }
            } else if (node instanceof DataNodeContainer container) {
                walk(container.getChildNodes(), visitor);
            }
        }
    }

}
