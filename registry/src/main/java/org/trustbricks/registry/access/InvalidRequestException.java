package org.trustbricks.registry.access;

import java.util.List;

/** A request whose fields are wrong, each problem named by its field (answered as 422). */
public final class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    private InvalidRequestException(String message, List<FieldProblem> problems) {
        super(message, null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** With the problems found. */
    public static InvalidRequestException of(String message, List<FieldProblem> problems) {
        return new InvalidRequestException(message, problems);
    }

    /** One problem with one field. */
    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(message, List.of(new FieldProblem(field, message)));
    }

    /** Every field problem. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * A problem with one field.
     *
     * @param field   the field (form name or JSON pointer)
     * @param message what is wrong
     */
    public record FieldProblem(String field, String message) {
    }
}
