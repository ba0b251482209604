package org.trustbricks.mud.internal.fast;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustbricks.mud.internal.JsonKinds;

/**
 * A YANG leaf type compiled for the JSON walk (by {@link TreeCompiler}). {@link #accepts} is a fast, exact "libyang
 * accepts this JSON value" test; {@link #problem} gives libyang's finding for a value it rejects; {@link #parserProblem}
 * predicts whether the yangtools codec would reject the value's text, with yangtools' own message.
 */
final class LeafType implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@link #parserProblem} result when only the reference parser can tell. */
    static final String UNCERTAIN = "\u0000uncertain";
    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    /** Text no integer codec can read (no digit at all, not empty): letters and punctuation of names and addresses. */
    private static final Pattern NO_DIGITS = Pattern.compile("[A-Za-z._:/][A-Za-z._:/-]*");

    enum Base { INT, WIDE_NUMBER, BOOLEAN, EMPTY, ENUM, IDENTITY, UNION, STRING, BITS, LEAFREF, OTHER }

    final Base base;
    long min;
    long max;
    long[] ranges;
    /** The allowed ranges as yangtools prints them, for messages. */
    String rangeText;
    /** What a wide number type expects ("a 64-bit integer", "a decimal number"). */
    String wideKind;
    Set<String> names = Set.of();
    Set<Identities.Identity> derived = Set.of();
    List<LeafType> members = List.of();
    long[] lengths;
    String lengthText;
    final List<Pattern> patterns = new ArrayList<>();
    final List<String> patternTexts = new ArrayList<>();
    final List<Boolean> inverted = new ArrayList<>();

    LeafType(Base base) {
        this.base = base;
    }

    private static boolean within(long[] bounds, long v) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (v >= bounds[i] && v <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** True only when libyang certainly accepts the JSON value (false: ask {@code Values} for the finding, if any). */
    boolean accepts(JsonNode value, Identities.Scope scope) {
        return switch (base) {
            case INT -> (value.isInt() || value.isLong()) && intOk(value.longValue());
            case WIDE_NUMBER -> value.isNumber() || value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case EMPTY -> value.isArray() && value.size() == 1 && value.get(0).isNull();
            case ENUM -> value.isTextual() && names.contains(value.textValue());
            case IDENTITY -> value.isTextual() && derived.contains(scope.identity(value.textValue()));
            case UNION -> {
                for (LeafType m : members) {
                    if (m.accepts(value, scope)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> value.isTextual();
        };
    }

    private boolean intOk(long v) {
        return v >= min && v <= max && (ranges == null || within(ranges, v));
    }

    /** libyang's objection to a value (as {@code Values} words it), prefixed with '!' for a wrong JSON kind; null when none. */
    String problem(JsonNode value, Identities.Scope scope) {
        return switch (base) {
            case INT -> integerProblem(value);
            case WIDE_NUMBER -> value.isNumber() || value.isTextual() ? null : "!expected " + wideKind + ", got " + JsonKinds.of(value);
            case BOOLEAN -> value.isBoolean() ? null : "!expected true or false, got " + JsonKinds.of(value);
            case EMPTY -> value.isArray() && value.size() == 1 && value.get(0).isNull()
                    ? null : "!an empty leaf is written [null] (RFC 7951), got " + value;
            case ENUM -> !value.isTextual() ? "!expected an enumeration name (a string), got " + JsonKinds.of(value)
                    : names.contains(value.asText()) ? null : "\"" + value.asText() + "\" is not one of the allowed values";
            case IDENTITY -> identityProblem(value, scope);
            case UNION -> {
                for (LeafType m : members) {
                    if (m.problem(value, scope) == null) {
                        yield null;
                    }
                }
                yield "the value " + value + " matches none of the member types of the union"
                        + (value.isTextual() && value.asText().startsWith("0x") ? " (write a hexadecimal value as a JSON number)" : "");
            }
            default -> value.isTextual() ? null : "!expected a string, got " + JsonKinds.of(value);
        };
    }

    private String identityProblem(JsonNode value, Identities.Scope scope) {
        if (!value.isTextual()) {
            return "!expected an identity name (a string), got " + JsonKinds.of(value);
        }
        Identities.Identity id = scope.identity(value.asText());
        if (id == null) {
            return "\"" + value.asText() + "\" is not a known identity";
        }
        return derived.contains(id) ? null : "identity \"" + value.asText() + "\" is not derived from the base identity of this leaf";
    }

    private String integerProblem(JsonNode value) {
        boolean integral = value.isIntegralNumber() || value.isBigDecimal() && value.decimalValue().scale() <= 0;
        if (!integral) {
            return "!expected an integer written as a JSON number, got " + JsonKinds.of(value);
        }
        BigDecimal v = value.decimalValue();
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            return "the value " + v + " is out of range";
        }
        if (ranges != null && !within(ranges, v.longValueExact())) {
            return "the value " + v + " is outside the allowed range " + rangeText;
        }
        return null;
    }

    /**
     * What the yangtools JSON codec says about a value libyang accepted: null when it accepts it, its message when it
     * rejects it, or {@link #UNCERTAIN}.
     */
    String parserProblem(JsonNode value, Identities.Scope scope) {
        return switch (base) {
            case INT -> value.isInt() || value.isLong() ? null : UNCERTAIN;
            case BOOLEAN, EMPTY, ENUM, IDENTITY, LEAFREF -> null;
            case STRING -> value.isTextual() ? stringProblem(value.textValue()) : UNCERTAIN;
            case UNION -> unionProblem(value, scope);
            case BITS -> value.isTextual() && bitsOk(value.textValue()) ? null : UNCERTAIN;
            default -> UNCERTAIN;
        };
    }

    private boolean bitsOk(String text) {
        for (String bit : text.trim().split(" +")) {
            if (!bit.isEmpty() && !names.contains(bit)) {
                return false;
            }
        }
        return true;
    }

    private String stringProblem(String text) {
        if (lengths != null && !within(lengths, text.codePointCount(0, text.length()))) {
            return "String " + text + " does not match allowed lengths " + lengthText;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).matches() == inverted.get(i)) {
                return "Value '" + text + "' " + (inverted.get(i) ? "matches" : "does not match") + " regular expression '"
                        + patternTexts.get(i) + "'";
            }
        }
        return null;
    }

    private String unionProblem(JsonNode value, Identities.Scope scope) {
        if (!value.isTextual() && !value.isInt()) {
            return UNCERTAIN;
        }
        String text = value.asText();
        boolean certain = true;
        for (LeafType m : members) {
            switch (m.textVerdict(text, scope)) {
                case ACCEPTS -> {
                    return null;
                }
                case UNKNOWN -> certain = false;
                case REJECTS -> { }
            }
        }
        return certain ? "Invalid value \"" + text + "\" for union type." : UNCERTAIN;
    }

    private enum Verdict { ACCEPTS, REJECTS, UNKNOWN }

    private Verdict textVerdict(String text, Identities.Scope scope) {
        return switch (base) {
            case STRING -> stringProblem(text) == null ? Verdict.ACCEPTS : Verdict.REJECTS;
            case ENUM -> names.contains(text) ? Verdict.ACCEPTS : Verdict.REJECTS;
            case INT -> {
                if (!PLAIN_INTEGER.matcher(text).matches()) {
                    yield NO_DIGITS.matcher(text).matches() ? Verdict.REJECTS : Verdict.UNKNOWN;
                }
                yield intOk(Long.parseLong(text)) ? Verdict.ACCEPTS : Verdict.REJECTS;
            }
            case IDENTITY -> derived.contains(scope.identity(text)) ? Verdict.ACCEPTS : Verdict.UNKNOWN;
            case UNION -> {
                String p = unionProblem(new com.fasterxml.jackson.databind.node.TextNode(text), scope);
                yield p == null ? Verdict.ACCEPTS : p.equals(UNCERTAIN) ? Verdict.UNKNOWN : Verdict.REJECTS;
            }
            case BITS -> bitsOk(text) ? Verdict.ACCEPTS : Verdict.UNKNOWN;
            default -> Verdict.UNKNOWN;
        };
    }
}
