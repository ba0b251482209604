package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.common.UnresolvedQName;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MustConstraintAware;
import org.opendaylight.yangtools.yang.model.api.MustDefinition;
import org.opendaylight.yangtools.yang.model.api.WhenConditionAware;
import org.opendaylight.yangtools.yang.xpath.api.YangBinaryExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangBinaryOperator;
import org.opendaylight.yangtools.yang.xpath.api.YangExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangFunction;
import org.opendaylight.yangtools.yang.xpath.api.YangFunctionCallExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLiteralExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangLocationPath;
import org.opendaylight.yangtools.yang.xpath.api.YangQNameExpr;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathAxis;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathExpression;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.xpath.api.QNameReferent;

/**
 * The YANG {@code when} and {@code must} expressions of the MUD schema, compiled into the two forms they take
 * there, which yangtools does not evaluate:
 * <ul>
 *   <li>{@code when "derived-from-or-self(/abs/path, 'prefix:identity')"} (RFC 8519 l2/l3 matches), evaluated
 *       like libyang: the absolute path selects the nodes of the whole document, and the condition holds when
 *       any of them is derived from the identity;</li>
 *   <li>{@code must ". <= ../sibling"} (RFC 8519 port ranges), a numeric comparison with a sibling leaf.</li>
 * </ul>
 * Any other expression is listed in {@link #unsupported()}, which a test keeps empty.
 */
public final class Conditions {

    /**
     * How the two condition records are serialised in the compiled validation tree: a plain object, read without the
     * method handles the JDK builds to read a record of each type (see {@code fast.RecordForm}).
     */
    private static final class Form implements java.io.Serializable {

        private static final long serialVersionUID = 1L;
        private final String expression;
        private final List<QName> path;
        private final QName name;
        private final boolean orSelf;
        private final YangBinaryOperator operator;
        private final String errorMessage;

        Form(String expression, List<QName> path, QName name, boolean orSelf, YangBinaryOperator operator, String errorMessage) {
            this.expression = expression;
            this.path = path;
            this.name = name;
            this.orSelf = orSelf;
            this.operator = operator;
            this.errorMessage = errorMessage;
        }

        private Object readResolve() {
            return operator == null ? new IdentityWhen(expression, path, name, orSelf)
                    : new SiblingMust(expression, operator, name, errorMessage);
        }
    }

    /** A compiled {@code derived-from[-or-self](/path, 'identity')} condition. */
    public record IdentityWhen(String expression, List<QName> path, QName identity, boolean orSelf) implements java.io.Serializable {

        private Object writeReplace() {
            return new Form(expression, path, identity, orSelf, null, null);
        }
    }

    /** A compiled {@code . OP ../sibling} constraint. */
    public record SiblingMust(String expression, YangBinaryOperator operator, QName sibling, String errorMessage)
            implements java.io.Serializable {

        private Object writeReplace() {
            return new Form(expression, null, sibling, false, operator, errorMessage);
        }

        /** Whether {@code self OP other} holds for two JSON values (numbers or numeric strings); false when either is not. */
        public boolean holds(JsonNode self, JsonNode other) {
            BigDecimal a = number(self);
            BigDecimal b = number(other);
            if (a == null || b == null) {
                return false;
            }
            int c = a.compareTo(b);
            return switch (operator) {
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

    private final Map<DataSchemaNode, IdentityWhen> whens = new HashMap<>();
    private final Map<DataSchemaNode, List<SiblingMust>> musts = new HashMap<>();
    private final List<String> unsupported = new ArrayList<>();

    Conditions(EffectiveModelContext context) {
        SchemaIndex.walk(context.getChildNodes(), this::compile);
    }

    /** The when condition of a node, or null. */
    public IdentityWhen when(DataSchemaNode node) {
        return whens.get(node);
    }

    /** The must constraints of a node. */
    public List<SiblingMust> musts(DataSchemaNode node) {
        return musts.getOrDefault(node, List.of());
    }

    /** Expressions found in the schema that this class cannot evaluate (kept empty by a test). */
    public List<String> unsupported() {
        return List.copyOf(unsupported);
    }

    private void compile(DataSchemaNode node) {
        if (node instanceof WhenConditionAware aware && aware.getWhenCondition().isPresent()) {
            YangXPathExpression.QualifiedBound xpath = aware.getWhenCondition().get();
            IdentityWhen when = identityWhen(xpath, node.getQName().getModule());
            boolean evaluated = !(node instanceof org.opendaylight.yangtools.yang.model.api.CaseSchemaNode)
                    && !(node instanceof org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode);
            if (when == null || !evaluated) {
                unsupported.add(node.getQName() + " when " + xpath.getRootExpr());
            } else {
                whens.put(node, when);
            }
        }
        if (node instanceof MustConstraintAware aware) {
            for (MustDefinition must : aware.getMustConstraints()) {
                SiblingMust m = siblingMust(must, node.getQName().getModule());
                if (m == null) {
                    unsupported.add(node.getQName() + " must " + must.getXpath().getRootExpr());
                } else {
                    musts.computeIfAbsent(node, k -> new ArrayList<>()).add(m);
                }
            }
        }
    }

    private static QName qname(YangLocationPath.Step step, QNameModule module) {
        if (step.getAxis() != YangXPathAxis.CHILD || !(step instanceof QNameReferent ref)) {
            return null;
        }
        return switch (ref.getQName()) {
            case QName q -> q;
            case UnresolvedQName.Unqualified u -> QName.create(module, u.getLocalName());
            default -> null;
        };
    }

    private static IdentityWhen identityWhen(YangXPathExpression.QualifiedBound xpath, QNameModule module) {
        if (!(xpath.getRootExpr() instanceof YangFunctionCallExpr call) || call.getArguments().size() != 2) {
            return null;
        }
        boolean orSelf = call.getName().equals(YangFunction.DERIVED_FROM_OR_SELF.getIdentifier());
        if (!orSelf && !call.getName().equals(YangFunction.DERIVED_FROM.getIdentifier())) {
            return null;
        }
        if (!(call.getArguments().get(0) instanceof YangLocationPath path) || !path.isAbsolute()) {
            return null;
        }
        List<QName> steps = new ArrayList<>();
        for (YangLocationPath.Step step : path.getSteps()) {
            QName q = qname(step, module);
            if (q == null) {
                return null;
            }
            steps.add(q);
        }
        QName identity;
        YangExpr arg = call.getArguments().get(1);
        try {
            if (arg instanceof YangLiteralExpr literal) {
                identity = ((YangQNameExpr.Resolved) xpath.interpretAsQName(literal)).getQName();
            } else if (arg instanceof YangQNameExpr.Resolved resolved) {
                identity = resolved.getQName();
            } else {
                return null;
            }
        } catch (javax.xml.xpath.XPathExpressionException | ClassCastException e) {
            return null;
        }
        return new IdentityWhen(call.toString(), List.copyOf(steps), identity, orSelf);
    }

    private static SiblingMust siblingMust(MustDefinition must, QNameModule module) {
        if (!(must.getXpath().getRootExpr() instanceof YangBinaryExpr bin)) {
            return null;
        }
        if (!(bin.getLeftExpr() instanceof YangLocationPath self) || self.isAbsolute() || self.getSteps().size() > 1
                || self.getSteps().size() == 1 && self.getSteps().get(0).getAxis() != YangXPathAxis.SELF) {
            return null;
        }
        if (!(bin.getRightExpr() instanceof YangLocationPath sib) || sib.isAbsolute() || sib.getSteps().size() != 2
                || sib.getSteps().get(0).getAxis() != YangXPathAxis.PARENT) {
            return null;
        }
        QName q = qname(sib.getSteps().get(1), module);
        if (q == null) {
            return null;
        }
        return switch (bin.getOperator()) {
            case LT, LTE, GT, GTE, EQUALS, NOT_EQUALS -> new SiblingMust(bin.toString(), bin.getOperator(), q,
                    must.getErrorMessage().orElse("must condition " + bin + " is not satisfied"));
            default -> null;
        };
    }
}
