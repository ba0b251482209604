package org.trustbricks.web.st;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * A 422 problem about a Security Target that could not be read or composed: the RFC 9457 problem fields plus the
 * findings (code, severity, JSON pointer, message, hint) as an extension member.
 */
public final class StProblem extends RuntimeException {

    private final transient Document document;

    private StProblem(Document document) {
        super(document.detail(), null, false, false);
        this.document = document;
    }

    /**
     * The problem document.
     *
     * @param status   HTTP status
     * @param title    short summary
     * @param detail   what went wrong
     * @param errors   one entry per finding: JSON pointer and message
     * @param findings the findings in full
     */
    public record Document(int status, String title, String detail,
                           List<org.trustbricks.web.system.ApiProblem.FieldError> errors, List<Finding> findings) {
    }

    /** The document could not be read completely (syntax, encoding, schema). */
    public static StProblem unreadable(List<Finding> findings) {
        return new StProblem(new Document(422, "Unprocessable Content",
                "the Security Target could not be read; nothing was checked beyond the findings listed",
                StDocuments.errors(findings), findings));
    }

    /** The composition was rejected (for example parts that use each other in a cycle). */
    public static StProblem rejectedComposition(List<Finding> findings) {
        return new StProblem(new Document(422, "Unprocessable Content",
                "the composition was rejected; nothing was computed beyond the findings listed",
                StDocuments.errors(findings), findings));
    }

    /** The problem document. */
    public Document document() {
        return document;
    }
}
