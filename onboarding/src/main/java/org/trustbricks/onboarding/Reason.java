package org.trustbricks.onboarding;

/**
 * One reason behind a decision.
 *
 * @param code    stable identifier, e.g. {@code CERTIFICATE_UNDER_VULNERABILITY_REVIEW}
 * @param effect  the decision this reason alone leads to
 * @param message plain-language explanation for the administrator
 */
public record Reason(String code, Decision effect, String message) {
}
