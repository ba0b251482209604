package org.trustbricks.registry.scheme;

import java.time.LocalDate;

/**
 * CB {@code recognising} accepts certificates that CB {@code recognised} issues in a scheme during a period.
 *
 * @param id           database id
 * @param recognisingId the accepting body's id
 * @param recognising  the accepting body's name
 * @param recognised   the issuing body's name
 * @param recognisedId the issuing body's id
 * @param schemeId     the scheme
 * @param schemeCode   its code
 * @param from         first day of the agreement
 * @param until        last day, or null when open-ended
 */
public record Recognition(long id, long recognisingId, String recognising, String recognised, long recognisedId, long schemeId,
                          String schemeCode, LocalDate from, LocalDate until) {

    /** True when a certificate issued on that date falls inside the agreement's period. */
    public boolean appliesTo(LocalDate issued) {
        return issued != null && !issued.isBefore(from) && (until == null || !issued.isAfter(until));
    }
}
