package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.trustbricks.common.JsonPointer;

/**
 * What one walk over a parsed document tells before validation: the first array over the size limit, and whether
 * the byte-level rewrites can be skipped (no number in floating-point or exponent form, no UTF-16 surrogate in any
 * string or member name, so no surrogate escape in the source).
 *
 * @param hugeArray       JSON pointer of the first array longer than the limit, or null
 * @param hasFloat        some number has a fraction or an exponent
 * @param hasSurrogate    some string or member name holds a UTF-16 surrogate
 */
public record DocumentFacts(String hugeArray, boolean hasFloat, boolean hasSurrogate) {

    /** Walks the document once. */
    public static DocumentFacts of(JsonNode root, int maxArray) {
        Walk w = new Walk(maxArray);
        String huge = w.visit(root);
        return new DocumentFacts(huge, w.hasFloat, w.hasSurrogate);
    }

    private static final class Walk {
        private final int maxArray;
        private boolean hasFloat;
        private boolean hasSurrogate;

        Walk(int maxArray) {
            this.maxArray = maxArray;
        }

        /** The pointer of a huge array below {@code node} (relative), or null. */
        String visit(JsonNode node) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    surrogates(e.getKey());
                    String p = visit(e.getValue());
                    if (p != null) {
                        return JsonPointer.append(JsonPointer.ROOT, e.getKey()) + p;
                    }
                }
            } else if (node.isArray()) {
                if (node.size() > maxArray) {
                    return JsonPointer.ROOT;
                }
                for (int i = 0; i < node.size(); i++) {
                    String p = visit(node.get(i));
                    if (p != null) {
                        return JsonPointer.append(JsonPointer.ROOT, i) + p;
                    }
                }
            } else if (node.isTextual()) {
                surrogates(node.textValue());
            } else if (node.isFloatingPointNumber()) {
                hasFloat = true;
            }
            return null;
        }

        private void surrogates(String s) {
            if (hasSurrogate) {
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    hasSurrogate = true;
                    return;
                }
            }
        }
    }
}
