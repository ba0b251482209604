package org.trustbricks.web.mud;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** Reads request bodies with the MUD limits: at most 1 MiB, and JSON through the bounded, duplicate-refusing reader. */
final class Bodies {

    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    private Bodies() {
    }

    /** The raw body, or a 413 when it is larger than a MUD file may be. */
    static byte[] bytes(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > MudValidator.MAX_BYTES) {
            throw ApiException.tooLarge(MudValidator.MAX_BYTES);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MudValidator.MAX_BYTES) {
            throw ApiException.tooLarge(MudValidator.MAX_BYTES);
        }
        return body;
    }

    /** The body as a value of {@code type}, or a 400 naming the offending path. */
    static <T> T json(Context ctx, Class<T> type) {
        JsonNode node;
        try {
            node = READER.read(bytes(ctx));
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the body is not a JSON document: " + e.getMessage(),
                    ErrorHandling.field(e.path() == null ? "" : e.path(), e.getMessage()));
        }
        try {
            return VersionView.READER_STRICT.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String path = pointer(e);
            throw ApiException.badRequest("the body does not have the expected shape at " + (path.isEmpty() ? "/" : path),
                    ErrorHandling.field(path, e.getOriginalMessage().lines().findFirst().orElse("unexpected value")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("the body does not have the expected shape");
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return sb.toString();
    }
}
