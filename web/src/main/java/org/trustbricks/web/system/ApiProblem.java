package org.trustbricks.web.system;

import java.util.List;

/**
 * An RFC 9457 problem document returned by every failing {@code /api} call.
 *
 * @param status HTTP status
 * @param title  short summary of the kind of problem
 * @param detail what went wrong in this request, in plain language
 * @param errors field-level or path-level messages, empty when there are none
 */
public record ApiProblem(int status, String title, String detail, List<FieldError> errors) {

    /** One message about one field or document path. */
    public record FieldError(String path, String message) {
    }

    /** A problem with no field errors. */
    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem(status, title, detail, List.of());
    }
}
