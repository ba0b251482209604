package org.trustbricks.web.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** Reading request bodies, form fields and query parameters with limits and field-level errors. */
final class Requests {

    static final int MAX_JSON = 1024 * 1024;

    private Requests() {
    }

    /** The JSON body as an object (400 with the reason when it is not one). */
    static JsonNode json(Context ctx) {
        byte[] body = limited(ctx, MAX_JSON);
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw ApiException.unsupportedMediaType("send the body as application/json");
        }
        try {
            JsonNode node = UntrustedJson.withLimits(MAX_JSON, 32).read(body);
            if (!node.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object", List.of(new ApiProblem.FieldError("", "expected an object")));
            }
            return node;
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getMessage(),
                    List.of(new ApiProblem.FieldError(e.path() == null ? "" : e.path(), e.getMessage())));
        }
    }

    /** The raw body, refusing more than {@code max} bytes with 413. */
    static byte[] limited(Context ctx, int max) {
        long declared = ctx.contentLength();
        if (declared > max) {
            throw ApiException.tooLarge(max);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw ApiException.tooLarge(max);
            }
            return b;
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read");
        }
    }

    /** An uploaded file's bytes, refusing more than {@code max} bytes with 413; null when absent. */
    static byte[] upload(UploadedFile f, int max) {
        if (f == null || f.size() == 0) {
            return null;
        }
        if (f.size() > max) {
            throw ApiException.tooLarge(max);
        }
        try (InputStream in = f.content()) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw ApiException.badRequest("the upload could not be read");
        }
    }

    /** A text field of a JSON object ("" when absent); a non-text value is a field error. */
    static String text(JsonNode body, String field, List<ApiProblem.FieldError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            errors.add(new ApiProblem.FieldError("/" + field, field + " must be a string"));
            return "";
        }
        return v.asText();
    }

    /** A whole-number field of a JSON object (-1 when absent or wrong). */
    static long number(JsonNode body, String field, List<ApiProblem.FieldError> errors) {
        JsonNode v = body.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            errors.add(new ApiProblem.FieldError("/" + field, field + " must be a whole number"));
            return -1;
        }
        return v.asLong();
    }

    /** A list of strings ([] when absent). */
    static List<String> strings(JsonNode body, String field, List<ApiProblem.FieldError> errors) {
        JsonNode v = body.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            errors.add(new ApiProblem.FieldError("/" + field, field + " must be an array of strings"));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                errors.add(new ApiProblem.FieldError("/" + field + "/" + i, "must be a string"));
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    /** Fails with 400 listing every field error collected. */
    static void check(List<ApiProblem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are malformed", errors);
        }
    }

    /** A form or query number; -1 with a field error when malformed. */
    static long number(String value, String field, List<ApiProblem.FieldError> errors) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            errors.add(new ApiProblem.FieldError(field, field + " must be a whole number"));
            return -1;
        }
    }

    /** An ISO date or null when blank; a field error when malformed. */
    static LocalDate date(String value, String field, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ApiProblem.FieldError(field, field + " must be a date such as 2026-05-31"));
            return null;
        }
    }

    /** A path id that must be a positive number (404 otherwise, as nothing can be there). */
    static long pathId(Context ctx, String name) {
        try {
            long v = Long.parseLong(ctx.pathParam(name));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw ApiException.notFound("nothing is at " + ctx.path());
    }
}
