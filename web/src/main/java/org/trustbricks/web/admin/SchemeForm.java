package org.trustbricks.web.admin;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.access.InvalidRequestException;

/**
 * What one submitted form on the scheme page held, and what was wrong with it, so the page can be shown again with
 * the entered values and each error beside its field. The other forms on the page are shown empty.
 *
 * @param name   which form ("authorise", "recognise", "scheme" or "end-{id}"); empty when none was submitted
 * @param values the submitted values by field
 * @param errors the error messages by field
 */
public record SchemeForm(String name, Map<String, String> values, Map<String, String> errors) {

    /** Longest value kept from a form field. */
    static final int MAX_FIELD = 200;

    /** No form submitted. */
    public static SchemeForm none() {
        return new SchemeForm("", Map.of(), Map.of());
    }

    /** The named form's fields from the request (each trimmed and cut to {@link #MAX_FIELD} characters). */
    static SchemeForm read(Context ctx, String name, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : fields) {
            String v = ctx.formParam(f);
            v = v == null ? "" : v.strip();
            values.put(f, v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v);
        }
        return new SchemeForm(name, values, new LinkedHashMap<>());
    }

    /** The value of a field of this form (empty when not submitted). */
    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Records an error beside a field (the first error per field is kept). */
    SchemeForm reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** Records every problem the registry found. */
    SchemeForm reject(InvalidRequestException e) {
        e.problems().forEach(p -> reject(p.field(), p.message()));
        return this;
    }

    /** The value of the field when this is the named form, else empty. */
    public String value(String form, String field) {
        return name.equals(form) ? values.getOrDefault(field, "") : "";
    }

    /** The error beside the field when this is the named form, else empty. */
    public String error(String form, String field) {
        return name.equals(form) ? errors.getOrDefault(field, "") : "";
    }

    /** The id of the error message beside the field ({@code form-field-error}), or null when there is none. */
    public String describedBy(String form, String field) {
        return error(form, field).isEmpty() ? null : form + "-" + field + "-error";
    }

    /** "true" when the field has an error (for {@code aria-invalid}), or null. */
    public String invalid(String form, String field) {
        return error(form, field).isEmpty() ? null : "true";
    }

    /** True when the named form came back with errors. */
    public boolean failed(String form) {
        return name.equals(form) && !errors.isEmpty();
    }

    /** Errors of the named form that belong to no field shown on it. */
    public List<String> otherErrors(String form, List<String> shown) {
        return name.equals(form) ? errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(Map.Entry::getValue).toList() : List.of();
    }
}
