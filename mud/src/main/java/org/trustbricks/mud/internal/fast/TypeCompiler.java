package org.trustbricks.mud.internal.fast;

import com.google.common.collect.Range;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.*;

/** Compiles a yangtools type definition into a {@link LeafType}. */
final class TypeCompiler {

    private TypeCompiler() {
    }

    static LeafType compile(TypeDefinition<?> type, Identities identities) {
        return switch (type) {
            case Int8TypeDefinition t -> integer(t, -128, 127);
            case Int16TypeDefinition t -> integer(t, -32768, 32767);
            case Int32TypeDefinition t -> integer(t, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case Uint8TypeDefinition t -> integer(t, 0, 255);
            case Uint16TypeDefinition t -> integer(t, 0, 65535);
            case Uint32TypeDefinition t -> integer(t, 0, 4294967295L);
            case Int64TypeDefinition t -> wide("a 64-bit integer");
            case Uint64TypeDefinition t -> wide("a 64-bit integer");
            case DecimalTypeDefinition t -> wide("a decimal number");
            case BooleanTypeDefinition t -> new LeafType(LeafType.Base.BOOLEAN);
            case EmptyTypeDefinition t -> new LeafType(LeafType.Base.EMPTY);
            case EnumTypeDefinition t -> {
                LeafType l = new LeafType(LeafType.Base.ENUM);
                l.names = names(t.getValues().stream().map(EnumTypeDefinition.EnumPair::getName).toList());
                yield l;
            }
            case IdentityrefTypeDefinition t -> {
                LeafType l = new LeafType(LeafType.Base.IDENTITY);
                Set<QName> bases = t.getIdentities().stream().map(IdentitySchemaNode::getQName).collect(Collectors.toSet());
                l.derived = identities.strictlyDerived(bases);
                yield l;
            }
            case UnionTypeDefinition t -> {
                LeafType l = new LeafType(LeafType.Base.UNION);
                l.members = t.getTypes().stream().map(m -> compile(m, identities)).toList();
                yield l;
            }
            case StringTypeDefinition t -> {
                LeafType l = new LeafType(LeafType.Base.STRING);
                t.getLengthConstraint().ifPresent(c -> {
                    l.lengths = bounds(c.getAllowedRanges().asRanges());
                    l.lengthText = String.valueOf(c.getAllowedRanges());
                });
                for (PatternConstraint p : t.getPatternConstraints()) {
                    l.patterns.add(Pattern.compile(p.getJavaPatternString()));
                    l.patternTexts.add(p.getRegularExpressionString());
                    l.inverted.add(p.getModifier().isPresent());
                }
                yield l;
            }
            case BitsTypeDefinition t -> {
                LeafType l = new LeafType(LeafType.Base.BITS);
                l.names = names(t.getBits().stream().map(BitsTypeDefinition.Bit::getName).toList());
                yield l;
            }
            case LeafrefTypeDefinition t -> new LeafType(LeafType.Base.LEAFREF);
            default -> new LeafType(LeafType.Base.OTHER);
        };
    }

    /** A set whose serialised form is the same in every JVM (unlike {@code Set.copyOf}, whose order is randomised). */
    private static Set<String> names(java.util.List<String> names) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(names));
    }

    private static LeafType wide(String kind) {
        LeafType l = new LeafType(LeafType.Base.WIDE_NUMBER);
        l.wideKind = kind;
        return l;
    }

    private static LeafType integer(RangeRestrictedTypeDefinition<?, ?> type, long lo, long hi) {
        LeafType l = new LeafType(LeafType.Base.INT);
        l.min = lo;
        l.max = hi;
        type.getRangeConstraint().ifPresent(c -> {
            l.ranges = bounds(c.getAllowedRanges().asRanges());
            l.rangeText = String.valueOf(c.getAllowedRanges());
        });
        return l;
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
}
