package org.trustbricks.mud.internal.fast;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.*;

/**
 * A YANG leaf type compiled for the JSON walk. {@link #accepts} is a fast, exact "libyang accepts this JSON value"
 * test (when false, the caller asks {@code Values} for the precise finding); {@link #parserProblem} predicts whether
 * the yangtools codec would reject the value's text, with yangtools' own message.
 */
final class LeafType {

    /** {@link #parserProblem} result when only the reference parser can tell. */
    static final String UNCERTAIN = "\u0000uncertain";
    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    /** Text no integer codec can read (no digit at all, not empty): letters and punctuation of names and addresses. */
    private static final Pattern NO_DIGITS = Pattern.compile("[A-Za-z._:/][A-Za-z._:/-]*");

    enum Base { INT, WIDE_NUMBER, BOOLEAN, EMPTY, ENUM, IDENTITY, UNION, STRING, BITS, LEAFREF, OTHER }

    final TypeDefinition<?> definition;
    final Base base;
    private long min;
    private long max;
    private long[] ranges;
    private Set<String> names = Set.of();
    private Set<IdentitySchemaNode> derived = Set.of();
    private List<LeafType> members = List.of();
    private RangeCheck lengths;
    private String lengthText;
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> patternTexts = new ArrayList<>();
    private final List<Boolean> inverted = new ArrayList<>();
    private final Identities identities;

    private record RangeCheck(long[] bounds) {
        boolean contains(long v) {
            for (int i = 0; i < bounds.length; i += 2) {
                if (v >= bounds[i] && v <= bounds[i + 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    LeafType(TypeDefinition<?> type, Identities identities) {
        this.definition = type;
        this.identities = identities;
        this.base = switch (type) {
            case Int8TypeDefinition t -> integer(t, -128, 127);
            case Int16TypeDefinition t -> integer(t, -32768, 32767);
            case Int32TypeDefinition t -> integer(t, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case Uint8TypeDefinition t -> integer(t, 0, 255);
            case Uint16TypeDefinition t -> integer(t, 0, 65535);
            case Uint32TypeDefinition t -> integer(t, 0, 4294967295L);
            case Int64TypeDefinition t -> Base.WIDE_NUMBER;
            case Uint64TypeDefinition t -> Base.WIDE_NUMBER;
            case DecimalTypeDefinition t -> Base.WIDE_NUMBER;
            case BooleanTypeDefinition t -> Base.BOOLEAN;
            case EmptyTypeDefinition t -> Base.EMPTY;
            case EnumTypeDefinition t -> {
                names = Set.copyOf(t.getValues().stream().map(EnumTypeDefinition.EnumPair::getName).toList());
                yield Base.ENUM;
            }
            case IdentityrefTypeDefinition t -> {
                derived = identities.strictlyDerived(t.getIdentities());
                yield Base.IDENTITY;
            }
            case UnionTypeDefinition t -> {
                members = t.getTypes().stream().map(m -> new LeafType(m, identities)).toList();
                yield Base.UNION;
            }
            case StringTypeDefinition t -> {
                t.getLengthConstraint().ifPresent(c -> {
                    lengths = new RangeCheck(bounds(c.getAllowedRanges().asRanges()));
                    lengthText = String.valueOf(c.getAllowedRanges());
                });
                for (PatternConstraint p : t.getPatternConstraints()) {
                    patterns.add(Pattern.compile(p.getJavaPatternString()));
                    patternTexts.add(p.getRegularExpressionString());
                    inverted.add(p.getModifier().isPresent());
                }
                yield Base.STRING;
            }
            case BitsTypeDefinition t -> {
                names = Set.copyOf(t.getBits().stream().map(BitsTypeDefinition.Bit::getName).toList());
                yield Base.BITS;
            }
            case LeafrefTypeDefinition t -> Base.LEAFREF;
            default -> Base.OTHER;
        };
    }

    private Base integer(RangeRestrictedTypeDefinition<?, ?> type, long lo, long hi) {
        min = lo;
        max = hi;
        type.getRangeConstraint().ifPresent(c -> ranges = bounds(c.getAllowedRanges().asRanges()));
        return Base.INT;
    }

    private static long[] bounds(Set<? extends Range<?>> set) {
        long[] b = new long[set.size() * 2];
        int i = 0;
        for (Range<?> r : set) {
            b[i++] = Long.parseLong(r.lowerEndpoint().toString());
            b[i++] = Long.parseLong(r.upperEndpoint().toString());
        }
        return b;
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
        if (v < min || v > max) {
            return false;
        }
        if (ranges == null) {
            return true;
        }
        for (int i = 0; i < ranges.length; i += 2) {
            if (v >= ranges[i] && v <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
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
        if (lengths != null && !lengths.contains(text.codePointCount(0, text.length()))) {
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
