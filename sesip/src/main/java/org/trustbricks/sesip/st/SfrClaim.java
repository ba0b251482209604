package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A catalogue SFR claimed by the ST (D.4.2), with its parameters filled and its conformance rationale.
 *
 * @param id         key of this claim; defaults to the SFR id (iterations need their own)
 * @param sfr        catalogue SFR id or exact title
 * @param iteration  what distinguishes this iteration (for example the channel), for iterated SFRs
 * @param parameters filled parameters: a string, or a list of strings for lists and multiple selections
 * @param providedBy id of the part that delivers it in a composite; absent when the platform itself does
 * @param rationale  conformance rationale: how implemented and how assessed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SfrClaim(String id, String sfr, String iteration, Map<String, Object> parameters, String providedBy,
                       Rationale rationale) {

    public SfrClaim {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** The key other parts of the ST use to point at this claim. */
    public String key() {
        return id != null && !id.isBlank() ? id : sfr;
    }

    /** The value of a parameter as a list of strings (a single string gives a one-element list). */
    public List<String> values(String parameter) {
        Object v = parameters.get(parameter);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }
}
