package org.trustbricks.web.st;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.st.StReadResult;
import org.trustbricks.sesip.st.StReader;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** Takes a Security Target out of a request body: size limit, syntax from the content type, read or refuse. */
public final class StDocuments {

    /** Largest ST accepted over HTTP, the same as the reader's limit. */
    public static final int MAX_BYTES = StReader.MAX_BYTES;

    private StDocuments() {
    }

    /** The request body, refused with 413 when larger than {@link #MAX_BYTES}. */
    public static byte[] body(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > MAX_BYTES) {
            throw ApiException.tooLarge(MAX_BYTES);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BYTES) {
            throw ApiException.tooLarge(MAX_BYTES);
        }
        return body;
    }

    /** A file name that tells the reader the syntax the content type announces; null lets it look at the bytes. */
    public static String fileNameFor(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return "request.json";
        }
        if (type.contains("yaml") || type.contains("yml")) {
            return "request.yaml";
        }
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            throw ApiException.unsupportedMediaType("send the Security Target itself as the body, as application/yaml or application/json");
        }
        return null;
    }

    /** Reads the body as an ST, or answers 422 with the read and schema findings. */
    public static SecurityTarget read(Context ctx) {
        byte[] body = body(ctx);
        StReadResult read = Sesip.read(body, fileNameFor(ctx.contentType()));
        if (!read.complete()) {
            throw StProblem.unreadable(read.findings());
        }
        return read.target();
    }

    /** Field errors for a problem document: one per finding, addressed by its JSON pointer. */
    static List<ApiProblem.FieldError> errors(List<Finding> findings) {
        return findings.stream().map(f -> new ApiProblem.FieldError(f.path(), f.message())).toList();
    }
}
