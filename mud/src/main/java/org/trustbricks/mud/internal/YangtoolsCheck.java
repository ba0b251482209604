package org.trustbricks.mud.internal;

import com.google.gson.stream.JsonReader;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.codec.gson.JsonParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefValidation;
import org.opendaylight.yangtools.yang.model.api.SchemaContext;
import org.trustbricks.common.Finding;

/** Validates RFC 7951 JSON with OpenDaylight yangtools: parse, data-tree validation, leafrefs. */
public final class YangtoolsCheck {

    private YangtoolsCheck() {
    }

    /** Schema findings from yangtools; empty when yangtools accepts the document. */
    public static List<Finding> check(MudSchema schema, byte[] json) {
        List<Finding> findings = new ArrayList<>();
        var root = ImmutableNodes.newContainerBuilder()
                .withNodeIdentifier(new NodeIdentifier(SchemaContext.NAME));
        try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
            JsonParserStream.create(ImmutableNormalizedNodeStreamWriter.from(root), schema.codecs()).parse(reader);
        } catch (Exception | StackOverflowError e) {
            findings.add(Finding.error(Codes.SCHEMA_PARSE, "", "yangtools rejected the document: " + YangMessages.clean(e), ""));
            return findings;
        }
        try {
            DataTreeModification mod = schema.emptyTree().takeSnapshot().newModification();
            for (DataContainerChild child : root.build().body()) {
                mod.write(YangInstanceIdentifier.of(child.name()), child);
            }
            mod.ready();
            schema.emptyTree().validate(mod);
            LeafRefValidation.validate(schema.emptyTree().prepare(mod), schema.leafRefs());
        } catch (Exception e) {
            String message = YangMessages.clean(e);
            String code = e instanceof org.opendaylight.yangtools.yang.data.tree.leafref.LeafRefDataValidationFailedException
                    ? Codes.SCHEMA_LEAFREF
                    : message.toLowerCase(java.util.Locale.ROOT).contains("mandatory") ? Codes.SCHEMA_MANDATORY : Codes.SCHEMA_TREE;
            findings.add(Finding.error(code, YangMessages.path(e), "yangtools rejected the document: " + message, ""));
        }
        return findings;
    }
}
