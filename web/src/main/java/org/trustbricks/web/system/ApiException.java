package org.trustbricks.web.system;

import java.util.List;

/** Thrown by route handlers to answer with a problem document; never carries a stack trace to the client. */
public final class ApiException extends RuntimeException {

    private final transient ApiProblem problem;

    private ApiException(ApiProblem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** 400 with field errors. */
    public static ApiException badRequest(String detail, List<ApiProblem.FieldError> errors) {
        return new ApiException(new ApiProblem(400, "Bad Request", detail, errors));
    }

    /** 400 with a message. */
    public static ApiException badRequest(String detail) {
        return badRequest(detail, List.of());
    }

    /** 401: authentication required. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(ApiProblem.of(401, "Unauthorized", detail));
    }

    /** 403: authenticated but not allowed. */
    public static ApiException forbidden(String detail) {
        return new ApiException(ApiProblem.of(403, "Forbidden", detail));
    }

    /** 404. */
    public static ApiException notFound(String detail) {
        return new ApiException(ApiProblem.of(404, "Not Found", detail));
    }

    /** 409: the request conflicts with the current state (for example an illegal workflow transition). */
    public static ApiException conflict(String detail) {
        return new ApiException(ApiProblem.of(409, "Conflict", detail));
    }

    /** 413: the body is larger than the route accepts. */
    public static ApiException tooLarge(long limit) {
        return new ApiException(ApiProblem.of(413, "Content Too Large", "the request body is larger than " + limit + " bytes"));
    }

    /** 415: the body is not in a type the route accepts. */
    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(ApiProblem.of(415, "Unsupported Media Type", detail));
    }

    /** 422: well-formed but unacceptable content. */
    public static ApiException unprocessable(String detail, List<ApiProblem.FieldError> errors) {
        return new ApiException(new ApiProblem(422, "Unprocessable Content", detail, errors));
    }

    /** 429: too many attempts. */
    public static ApiException tooManyRequests(String detail) {
        return new ApiException(ApiProblem.of(429, "Too Many Requests", detail));
    }

    /** The problem document. */
    public ApiProblem problem() {
        return problem;
    }
}
