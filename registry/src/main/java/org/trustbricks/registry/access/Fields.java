package org.trustbricks.registry.access;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a request is checked, then fails once with all of them. */
public final class Fields {

    private final List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();

    /** A fresh collector. */
    public static Fields check() {
        return new Fields();
    }

    /** The trimmed text, recording a problem when it is blank or longer than max. */
    public String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new InvalidRequestException.FieldProblem(field, field + " is required"));
        } else if (v.length() > max) {
            problems.add(new InvalidRequestException.FieldProblem(field, field + " is longer than " + max + " characters"));
        }
        return v;
    }

    /** The trimmed text or empty, recording a problem when longer than max. */
    public String optional(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            problems.add(new InvalidRequestException.FieldProblem(field, field + " is longer than " + max + " characters"));
        }
        return v;
    }

    /** Records a problem when the condition is false. */
    public Fields require(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new InvalidRequestException.FieldProblem(field, message));
        }
        return this;
    }

    /** Throws when any problem was recorded. */
    public void done() {
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems.size() == 1 ? problems.get(0).message()
                    : problems.size() + " fields need attention", problems);
        }
    }
}
