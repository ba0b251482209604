package org.trustbricks.web.attestation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The attestation page: paste or upload a token, see its claims explained and, when endorsed, its appraisal. */
final class AttestationPages {

    private AttestationPages() {
    }

    static void register(RoutesConfig routes, Pages pages, Supplier<LiveVerifier> live) {
        routes.get("/attestation", ctx -> render(ctx, pages, "", null, ""));
        routes.post("/attestation/inspect", ctx -> inspect(ctx, pages, live));
    }

    private static void inspect(Context ctx, Pages pages, Supplier<LiveVerifier> live) {
        String text = ctx.formParam("token") == null ? "" : ctx.formParam("token");
        try {
            byte[] token = uploaded(ctx);
            if (token == null) {
                token = TokenInput.fromText(text);
            }
            render(ctx, pages, text, Inspection.of(token, live.get()), "");
        } catch (ApiException e) {
            ctx.status(e.problem().status());
            render(ctx, pages, text, null, e.problem().detail());
        }
    }

    private static byte[] uploaded(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file == null || file.size() == 0) {
            return null;
        }
        if (file.size() > 2L * TokenInput.MAX_BYTES + 4) {
            throw ApiException.tooLarge(TokenInput.MAX_BYTES);
        }
        try (InputStream in = file.content()) {
            byte[] bytes = in.readNBytes(2 * TokenInput.MAX_BYTES + 5);
            if (bytes.length > 0 && (bytes[0] & 0xff) >= 0x80) {
                if (bytes.length > TokenInput.MAX_BYTES) {
                    throw ApiException.tooLarge(TokenInput.MAX_BYTES);
                }
                return bytes;
            }
            return TokenInput.fromText(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiException.badRequest("the uploaded file could not be read");
        }
    }

    private static void render(Context ctx, Pages pages, String text, Inspection inspection, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("inspection", inspection);
        model.put("error", error);
        if ("true".equals(ctx.header("HX-Request"))) {
            pages.render(ctx, "attestation-result.jte", model);
            return;
        }
        model.put("page", Page.of(ctx, "Attestation", "attestation"));
        model.put("token", text);
        pages.render(ctx, "attestation.jte", model);
    }
}
