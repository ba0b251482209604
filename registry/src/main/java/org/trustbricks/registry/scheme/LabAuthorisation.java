package org.trustbricks.registry.scheme;

/**
 * A laboratory authorised by a certification body for a scheme.
 *
 * @param cbId       the body
 * @param cb         its name
 * @param labId      the laboratory
 * @param lab        its name
 * @param schemeId   the scheme
 * @param schemeCode its code
 */
public record LabAuthorisation(long cbId, String cb, long labId, String lab, long schemeId, String schemeCode) {
}
