package org.trustbricks.registry.workflow;

/** Where an evaluation request stands. */
public enum EvaluationState {
    /** The vendor submitted it; the laboratory has not answered. */
    SUBMITTED,
    /** The laboratory accepted it and is evaluating. */
    IN_EVALUATION,
    /** The laboratory submitted its evaluation report to the CB. */
    REPORT_SUBMITTED,
    /** The CB returned the report to the laboratory with reasons. */
    RETURNED,
    /** The CB approved it and issued the certificate. */
    APPROVED,
    /** The laboratory declined the request. */
    DECLINED,
    /** The vendor withdrew the request. */
    WITHDRAWN
}
