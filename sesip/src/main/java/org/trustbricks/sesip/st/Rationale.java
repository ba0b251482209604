package org.trustbricks.sesip.st;

/**
 * The conformance rationale of an SFR claim.
 *
 * @param implementation how the platform implements the SFR (and, in a composite, which part does)
 * @param assessment     how that was assessed: testing, conformance to another standard, reliance on another party
 */
public record Rationale(String implementation, String assessment) {
}
