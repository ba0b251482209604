package org.trustbricks.registry.workflow;

import java.util.Set;
import org.trustbricks.registry.auth.OrganisationKind;

/** Every allowed move of the evaluation state machine: who may make it, from which states, to which state. */
public enum Transition {
    /** The laboratory takes the evaluation on. */
    ACCEPT(OrganisationKind.LABORATORY, Set.of(EvaluationState.SUBMITTED), EvaluationState.IN_EVALUATION),
    /** The laboratory refuses the request. */
    DECLINE(OrganisationKind.LABORATORY, Set.of(EvaluationState.SUBMITTED), EvaluationState.DECLINED),
    /** The laboratory sends its report (all verdicts recorded) to the CB. */
    SUBMIT_REPORT(OrganisationKind.LABORATORY, Set.of(EvaluationState.IN_EVALUATION, EvaluationState.RETURNED),
            EvaluationState.REPORT_SUBMITTED),
    /** The CB approves; the certificate is issued. */
    APPROVE(OrganisationKind.CERTIFICATION_BODY, Set.of(EvaluationState.REPORT_SUBMITTED), EvaluationState.APPROVED),
    /** The CB sends the report back to the laboratory with reasons. */
    RETURN(OrganisationKind.CERTIFICATION_BODY, Set.of(EvaluationState.REPORT_SUBMITTED), EvaluationState.RETURNED),
    /** The vendor withdraws the request before approval. */
    WITHDRAW(OrganisationKind.VENDOR, Set.of(EvaluationState.SUBMITTED, EvaluationState.IN_EVALUATION, EvaluationState.RETURNED),
            EvaluationState.WITHDRAWN);

    private final OrganisationKind actor;
    private final Set<EvaluationState> from;
    private final EvaluationState to;

    Transition(OrganisationKind actor, Set<EvaluationState> from, EvaluationState to) {
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    /** Which kind of organisation makes this move. */
    public OrganisationKind actor() {
        return actor;
    }

    /** The state it leads to. */
    public EvaluationState to() {
        return to;
    }

    /** True when the move is allowed from this state. */
    public boolean allowedFrom(EvaluationState state) {
        return from.contains(state);
    }

    /** The state after the move, or {@link IllegalTransitionException} naming why it is not allowed. */
    public EvaluationState apply(EvaluationState state) {
        if (!allowedFrom(state)) {
            throw IllegalTransitionException.because("cannot " + label() + " an evaluation that is " + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "; allowed only when it is " + String.join(" or ", from.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).sorted().toList()));
        }
        return to;
    }

    /** The move in words, e.g. "submit the report of". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
