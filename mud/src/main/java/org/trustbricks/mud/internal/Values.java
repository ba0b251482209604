package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import com.google.common.collect.Range;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.*;
import org.trustbricks.common.Finding;

/** RFC 7951 value encoding per YANG built-in type, as libyang checks it. */
public final class Values {

    private Values() {
    }

    public static void check(SchemaIndex index, TypeDefinition<?> type, QNameModule module, JsonNode value, String path,
            List<Finding> findings) {
        String problem = problem(index, type, module, value);
        if (problem != null) {
            String code = problem.startsWith("!") ? Codes.SCHEMA_ENCODING : Codes.SCHEMA_VALUE;
            findings.add(Finding.error(code, path, problem.startsWith("!") ? problem.substring(1) : problem, ""));
        }
    }

    /** Null when the value fits; otherwise a message, prefixed with '!' for a wrong JSON kind. */
    static String problem(SchemaIndex index, TypeDefinition<?> type, QNameModule module, JsonNode value) {
        return switch (type) {
            case Int8TypeDefinition t -> integer(t, value, -128, 127);
            case Int16TypeDefinition t -> integer(t, value, -32768, 32767);
            case Int32TypeDefinition t -> integer(t, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case Uint8TypeDefinition t -> integer(t, value, 0, 255);
            case Uint16TypeDefinition t -> integer(t, value, 0, 65535);
            case Uint32TypeDefinition t -> integer(t, value, 0, 4294967295L);
            case Int64TypeDefinition t -> value.isNumber() || value.isTextual() ? null : "!expected a 64-bit integer, got " + JsonKinds.of(value);
            case Uint64TypeDefinition t -> value.isNumber() || value.isTextual() ? null : "!expected a 64-bit integer, got " + JsonKinds.of(value);
            case DecimalTypeDefinition t -> value.isNumber() || value.isTextual() ? null : "!expected a decimal number, got " + JsonKinds.of(value);
            case BooleanTypeDefinition t -> value.isBoolean() ? null : "!expected true or false, got " + JsonKinds.of(value);
            case EmptyTypeDefinition t -> value.isArray() && value.size() == 1 && value.get(0).isNull()
                    ? null : "!an empty leaf is written [null] (RFC 7951), got " + value;
            case EnumTypeDefinition t -> !value.isTextual() ? "!expected an enumeration name (a string), got " + JsonKinds.of(value)
                    : t.getValues().stream().anyMatch(p -> p.getName().equals(value.asText()))
                    ? null : "\"" + value.asText() + "\" is not one of the allowed values";
            case IdentityrefTypeDefinition t -> identity(index, t, module, value);
            case UnionTypeDefinition t -> union(index, t, module, value);
            case StringTypeDefinition t -> value.isTextual() ? null : "!expected a string, got " + JsonKinds.of(value);
            default -> value.isTextual() ? null : "!expected a string, got " + JsonKinds.of(value);
        };
    }

    private static String union(SchemaIndex index, UnionTypeDefinition union, QNameModule module, JsonNode value) {
        String first = null;
        for (TypeDefinition<?> member : union.getTypes()) {
            String p = problem(index, member, module, value);
            if (p == null) {
                return null;
            }
            first = first == null ? p : first;
        }
        return "the value " + value + " matches none of the member types of the union"
                + (value.isTextual() && value.asText().startsWith("0x") ? " (write a hexadecimal value as a JSON number)" : "");
    }

    private static String identity(SchemaIndex index, IdentityrefTypeDefinition type, QNameModule module, JsonNode value) {
        if (!value.isTextual()) {
            return "!expected an identity name (a string), got " + JsonKinds.of(value);
        }
        Optional<IdentitySchemaNode> id = index.identity(value.asText(), module);
        if (id.isEmpty()) {
            return "\"" + value.asText() + "\" is not a known identity";
        }
        for (IdentitySchemaNode base : type.getIdentities()) {
            if (!id.get().getQName().equals(base.getQName()) && SchemaIndex.derivedFromOrSelf(id.get(), base.getQName())) {
                return null;
            }
        }
        return "identity \"" + value.asText() + "\" is not derived from the base identity of this leaf";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String integer(RangeRestrictedTypeDefinition<?, ?> type, JsonNode value, long min, long max) {
        boolean integral = value.isIntegralNumber() || value.isBigDecimal() && value.decimalValue().scale() <= 0;
        if (!integral) {
            return "!expected an integer written as a JSON number, got " + JsonKinds.of(value);
        }
        BigDecimal v = value.decimalValue();
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            return "the value " + v + " is out of range";
        }
        Optional<? extends RangeConstraint<?>> constraint = type.getRangeConstraint();
        if (constraint.isPresent()) {
            for (Range r : constraint.get().getAllowedRanges().asRanges()) {
                BigDecimal lo = new BigDecimal(r.lowerEndpoint().toString());
                BigDecimal hi = new BigDecimal(r.upperEndpoint().toString());
                if (v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0) {
                    return null;
                }
            }
            return "the value " + v + " is outside the allowed range " + constraint.get().getAllowedRanges();
        }
        return null;
    }
}
