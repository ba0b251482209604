package org.trustbricks.mud.internal.fast;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.trustbricks.mud.internal.SchemaIndex;

/** Identity lookups by RFC 7951 name ({@code module:identity}, or unprefixed in a default module), precomputed. */
final class Identities {

    private final Map<String, IdentitySchemaNode> prefixed = new HashMap<>();
    private final Map<QNameModule, Scope> scopes = new HashMap<>();
    private final List<IdentitySchemaNode> all;
    private final Scope empty = new Scope();

    /** Name resolution with one default module for unprefixed names. */
    final class Scope {
        private final Map<String, IdentitySchemaNode> local = new HashMap<>();

        IdentitySchemaNode identity(String name) {
            return name.indexOf(':') >= 0 ? prefixed.get(name) : local.get(name);
        }
    }

    Identities(EffectiveModelContext context) {
        var list = new java.util.ArrayList<IdentitySchemaNode>();
        for (Module m : context.getModules()) {
            Scope scope = scopes.computeIfAbsent(m.getQNameModule(), k -> new Scope());
            for (IdentitySchemaNode id : m.getIdentities()) {
                prefixed.put(m.getName() + ":" + id.getQName().getLocalName(), id);
                scope.local.put(id.getQName().getLocalName(), id);
                list.add(id);
            }
        }
        all = List.copyOf(list);
    }

    /** Names resolve unprefixed in {@code module} (an empty scope when the module defines no identity). */
    Scope scope(QNameModule module) {
        Scope s = scopes.get(module);
        return s != null ? s : empty;
    }

    /** Every identity derived from one of {@code bases} and not equal to it (what an identityref accepts). */
    Set<IdentitySchemaNode> strictlyDerived(Set<? extends IdentitySchemaNode> bases) {
        Set<IdentitySchemaNode> out = new HashSet<>();
        for (IdentitySchemaNode id : all) {
            for (IdentitySchemaNode base : bases) {
                if (!id.getQName().equals(base.getQName()) && SchemaIndex.derivedFromOrSelf(id, base.getQName())) {
                    out.add(id);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
