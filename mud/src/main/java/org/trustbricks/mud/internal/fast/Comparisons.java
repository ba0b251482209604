package org.trustbricks.mud.internal.fast;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.trustbricks.mud.internal.Conditions;

/** Evaluates the compiled {@code . OP ../sibling} must constraints on JSON values (numbers or numeric strings). */
final class Comparisons {

    private Comparisons() {
    }

    static boolean holds(Conditions.SiblingMust must, JsonNode self, JsonNode other) {
        BigDecimal a = number(self);
        BigDecimal b = number(other);
        if (a == null || b == null) {
            return false;
        }
        int c = a.compareTo(b);
        return switch (must.operator()) {
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            case GTE -> c >= 0;
            case EQUALS -> c == 0;
            case NOT_EQUALS -> c != 0;
            default -> false;
        };
    }

    private static BigDecimal number(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return n.isTextual() ? new BigDecimal(n.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
