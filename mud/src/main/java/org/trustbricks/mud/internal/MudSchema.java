package org.trustbricks.mud.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactory;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactorySupplier;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.TreeType;
import org.opendaylight.yangtools.yang.data.tree.impl.di.InMemoryDataTreeFactory;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefContext;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * The yangtools MUD schema, for the reference check: built once per JVM on first use (about a second), immutable and shared by every validation thread.
 *
 * @param context    every supported module, base and extensions
 * @param codecs     RFC 7951 JSON codecs
 * @param leafRefs   leafref index for {@code access-list name -> acl name}
 * @param emptyTree  an empty operational data tree (a MUD file is checked like yanglint's default "data" type); modifications of it are validated and never committed
 * @param index      member-name and identity lookups
 * @param conditions the compiled when/must expressions
 */
public record MudSchema(EffectiveModelContext context, JSONCodecFactory codecs, LeafRefContext leafRefs, DataTree emptyTree,
        SchemaIndex index, Conditions conditions) {

    private static final class Holder {
        static final MudSchema INSTANCE = build();
    }

    /** The shared schema (built on first use, thread-safe). */
    public static MudSchema shared() {
        return Holder.INSTANCE;
    }

    private static MudSchema build() {
        List<String> all = new ArrayList<>(YangModules.BASE);
        all.addAll(YangModules.EXTENSIONS);
        EffectiveModelContext ctx = YangModules.load(all);
        DataTreeConfiguration config = new DataTreeConfiguration.Builder(TreeType.OPERATIONAL)
                .setMandatoryNodesValidation(true)
                .setUniqueIndexes(true)
                .build();
        DataTree tree = new InMemoryDataTreeFactory().create(config, ctx);
        SchemaIndex index = new SchemaIndex(ctx);
        Conditions conditions = new Conditions(ctx);
        return new MudSchema(ctx, JSONCodecFactorySupplier.RFC7951.getShared(ctx), LeafRefContext.create(ctx), tree,
                index, conditions);
    }
}
