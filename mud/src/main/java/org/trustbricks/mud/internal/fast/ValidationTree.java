package org.trustbricks.mud.internal.fast;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.trustbricks.mud.internal.Conditions;

/**
 * The MUD schema compiled into a tree the JSON walk follows directly: members by their RFC 7951 names, leaf types with
 * compiled patterns and ranges, mandatory plans, when/must conditions and leafref targets. It is compiled from the
 * YANG modules at build time ({@link TreeCompiler}) and read from {@value #RESOURCE} in milliseconds, so validation
 * needs no YANG parser. Immutable after construction and shared by every thread.
 */
public final class ValidationTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The classpath resource holding the compiled tree. */
    public static final String RESOURCE = "org/trustbricks/mud/internal/fast/validation-tree.bin";

    /** Modules whose top-level data a MUD file may hold (the modules yanglint implements for MUD validation). */
    static final Set<String> TOP_LEVEL_MODULES = Set.of("ietf-mud", "ietf-access-control-list", "ietf-interfaces",
            "ietf-mud-transparency", "ietf-mud-tls", "ietf-acl-tls");

    /** Classes the resource may hold: this package's, the conditions', yangtools names, and JDK collections and values. */
    private static final ObjectInputFilter ONLY_TREE_CLASSES = ObjectInputFilter.Config.createFilter(
            "org.trustbricks.mud.internal.fast.*;org.trustbricks.mud.internal.Conditions$*;"
            + "org.opendaylight.yangtools.yang.common.*;org.opendaylight.yangtools.yang.xpath.api.YangBinaryOperator;"
            + "java.util.*;java.lang.*;java.util.regex.Pattern;maxdepth=64;maxrefs=200000;!*");

    final Node root;
    final Identities identities;
    final List<Conditions.IdentityWhen> whens;
    private final Map<String, QNameModule> modules;

    ValidationTree(Node root, Identities identities, List<Conditions.IdentityWhen> whens, Map<String, QNameModule> modules) {
        this.root = root;
        this.identities = identities;
        this.whens = List.copyOf(whens);
        this.modules = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(modules));
    }

    private static volatile ValidationTree shared;

    /** The tree packaged with the application (read on first use; a failed read is tried again on the next call). */
    public static ValidationTree shared() {
        ValidationTree tree = shared;
        if (tree == null) {
            synchronized (ValidationTree.class) {
                tree = shared;
                if (tree == null) {
                    tree = load();
                    shared = tree;
                }
            }
        }
        return tree;
    }

    private static ValidationTree load() {
        try (InputStream in = ValidationTree.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the compiled MUD validation tree " + RESOURCE + " is missing from the classpath; "
                        + "the build writes it (mud module, process-classes phase)");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("the compiled MUD validation tree cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a tree written by {@link TreeCompiler#write}. */
    static ValidationTree read(InputStream in) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            objects.setObjectInputFilter(ONLY_TREE_CLASSES);
            return (ValidationTree) objects.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a MUD validation tree: " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code value}, an identity name (unprefixed names in {@code module}), is the identity {@code module:identity}
     * or derived from it.
     */
    public boolean derivedFromOrSelf(String value, String module, String identity) {
        QNameModule m = modules.get(module);
        if (m == null) {
            return false;
        }
        Identities.Identity id = identities.scope(m).identity(value);
        return id != null && id.derivedFromOrSelf(QName.create(m, identity));
    }
}
