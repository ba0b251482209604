package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.trustbricks.common.JsonPointer;

/**
 * What one walk over a parsed document tells before validation: the first array over the size limit, whether the
 * exponent rewrite can be skipped (no number in floating-point or exponent form), and the module prefixes of member
 * names with the first place each is used (for the extension rules).
 *
 * @param hugeArray  JSON pointer of the first array longer than the limit, or null
 * @param hasFloat   some number has a fraction or an exponent
 * @param modules    module prefix of a member name to the JSON pointer of its first use in document order
 */
public record DocumentFacts(String hugeArray, boolean hasFloat, Map<String, String> modules) {

    /** Walks the document once. */
    public static DocumentFacts of(JsonNode root, int maxArray) {
        Walk w = new Walk(maxArray);
        String huge = w.visit(root);
        return new DocumentFacts(huge, w.hasFloat, w.modules);
    }

    private static final class Walk {
        private final int maxArray;
        private boolean hasFloat;
        private final Map<String, String> modules = new java.util.HashMap<>();
        private final java.util.ArrayDeque<Object> at = new java.util.ArrayDeque<>();

        Walk(int maxArray) {
            this.maxArray = maxArray;
        }

        /** The pointer of a huge array below {@code node} (relative), or null. */
        String visit(JsonNode node) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    at.addLast(e.getKey());
                    int colon = e.getKey().indexOf(':');
                    if (colon > 0 && !modules.containsKey(e.getKey().substring(0, colon))) {
                        modules.put(e.getKey().substring(0, colon), JsonPointer.of(at.toArray()));
                    }
                    String p = visit(e.getValue());
                    at.removeLast();
                    if (p != null) {
                        return JsonPointer.append(JsonPointer.ROOT, e.getKey()) + p;
                    }
                }
            } else if (node.isArray()) {
                if (node.size() > maxArray) {
                    return JsonPointer.ROOT;
                }
                for (int i = 0; i < node.size(); i++) {
                    at.addLast(i);
                    String p = visit(node.get(i));
                    at.removeLast();
                    if (p != null) {
                        return JsonPointer.append(JsonPointer.ROOT, i) + p;
                    }
                }
            } else if (node.isFloatingPointNumber()) {
                hasFloat = true;
            }
            return null;
        }
    }
}
