package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.internal.fast.FastSchemaCheck;
import org.trustbricks.mud.internal.fast.ValidationTree;

/** The two ways to the schema findings of a document: the fast tree walk, and the yangtools reference it falls back to. */
public final class SchemaChecks {

    private SchemaChecks() {
    }

    /** Schema findings by the fast walk, or (compiling the yangtools schema on first need) by the reference when the walk cannot be certain of yangtools' findings. */
    public static List<Finding> fast(ValidationTree tree, JsonNode root, byte[] bytes) {
        FastSchemaCheck.Result result = FastSchemaCheck.check(tree, root);
        return result.referenceNeeded() ? reference(MudSchema.shared(), root, bytes) : new ArrayList<>(result.findings());
    }

    /** Schema findings by libyang-parity walk plus the yangtools JSON parser, data tree and leafref validation. */
    public static List<Finding> reference(MudSchema schema, JsonNode root, byte[] bytes) {
        List<Finding> shape = JsonShapeCheck.check(schema, root);
        List<Finding> yang = YangtoolsCheck.check(schema, bytes);
        List<Finding> all = new ArrayList<>(shape);
        for (Finding f : yang) {
            if (shape.isEmpty() || !f.code().equals(Codes.SCHEMA_PARSE)) {
                all.add(f);
            }
        }
        return all;
    }
}
