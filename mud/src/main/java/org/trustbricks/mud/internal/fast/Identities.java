package org.trustbricks.mud.internal.fast;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;

/** Identity lookups by RFC 7951 name ({@code module:identity}, or unprefixed in a default module), precomputed. */
final class Identities implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One identity with itself and every identity it derives from, directly or not. A tree holds one instance per YANG
     * identity, so equality is identity: hashing the name and its bases on every identityref check was measurable.
     */
    record Identity(QName name, Set<QName> selfAndBases) implements Serializable {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        private Object writeReplace() {
            return new RecordForm(RecordForm.IDENTITY, name, selfAndBases);
        }

        /** True when this identity is {@code base} or derived from it. */
        boolean derivedFromOrSelf(QName base) {
            return selfAndBases.contains(base);
        }
    }

    private final Map<String, Identity> prefixed = new HashMap<>();
    private final Map<QNameModule, Scope> scopes = new HashMap<>();
    private final List<Identity> all;
    private final Scope empty = new Scope();

    /** Name resolution with one default module for unprefixed names. */
    final class Scope implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Map<String, Identity> local = new HashMap<>();

        Identity identity(String name) {
            return name.indexOf(':') >= 0 ? prefixed.get(name) : local.get(name);
        }
    }

    /** From the identities of each module, keyed by module name and namespace. */
    Identities(Map<String, QNameModule> modules, List<Identity> identities) {
        Map<QNameModule, String> names = new HashMap<>();
        modules.forEach((name, module) -> names.put(module, name));
        for (Identity id : identities) {
            QNameModule module = id.name().getModule();
            Scope scope = scopes.computeIfAbsent(module, k -> new Scope());
            prefixed.put(names.get(module) + ":" + id.name().getLocalName(), id);
            scope.local.put(id.name().getLocalName(), id);
        }
        all = List.copyOf(identities);
    }

    /** Names resolve unprefixed in {@code module} (an empty scope when the module defines no identity). */
    Scope scope(QNameModule module) {
        Scope s = scopes.get(module);
        return s != null ? s : empty;
    }

    /** Every identity derived from one of {@code bases} and not equal to it (what an identityref accepts). */
    Set<Identity> strictlyDerived(Set<QName> bases) {
        Set<Identity> out = new HashSet<>();
        for (Identity id : all) {
            for (QName base : bases) {
                if (!id.name().equals(base) && id.derivedFromOrSelf(base)) {
                    out.add(id);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
