package org.trustbricks.web.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.trustbricks.web.system.ApiProblem;

/** Request helpers for the other route packages: bounded JSON bodies and typed fields with field errors. */
public final class RegistryRequests {

    private RegistryRequests() {
    }

    /** The JSON object body (400 when malformed, 413 when too large, 415 when not JSON). */
    public static JsonNode json(Context ctx) {
        return Requests.json(ctx);
    }

    /** The raw body, at most {@code max} bytes (413 otherwise). */
    public static byte[] limited(Context ctx, int max) {
        return Requests.limited(ctx, max);
    }

    /** A string field ("" when absent). */
    public static String text(JsonNode b, String field, List<ApiProblem.FieldError> errors) {
        return Requests.text(b, field, errors);
    }

    /** A whole-number field. */
    public static long number(JsonNode b, String field, List<ApiProblem.FieldError> errors) {
        return Requests.number(b, field, errors);
    }

    /** An ISO date or null when blank. */
    public static LocalDate date(String value, String field, List<ApiProblem.FieldError> errors) {
        return Requests.date(value, field, errors);
    }

    /** A positive path id (404 otherwise, as nothing can be there). */
    public static long pathId(Context ctx, String name) {
        return Requests.pathId(ctx, name);
    }

    /** Fails with 400 when any field error was collected. */
    public static void check(List<ApiProblem.FieldError> errors) {
        Requests.check(errors);
    }

    /** One text field of the JSON body, failing with 400 and field messages when the body or field is malformed. */
    public static String jsonText(Context ctx, String field, List<ApiProblem.FieldError> errors) {
        var body = Requests.json(ctx);
        String v = Requests.text(body, field, errors);
        Requests.check(errors);
        return v;
    }
}
