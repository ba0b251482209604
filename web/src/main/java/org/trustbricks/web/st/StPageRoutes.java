package org.trustbricks.web.st;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The Security Targets area: landing page, check an ST (paste or upload), build a composite. */
public final class StPageRoutes {

    /** Navigation key of the area. */
    public static final String SECTION = "st";

    private StPageRoutes() {
    }

    /** Adds the pages; the composite builder picks parts from the registry in the services' database. */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        routes.get("/st", ctx -> pages.render(ctx, "st/index.jte", Map.of("page", Page.of(ctx, "Security Targets", SECTION))));
        routes.get("/st/check", ctx -> check(ctx, pages, null, ""));
        routes.post("/st/check", ctx -> {
            Submitted submitted = submitted(ctx);
            CheckResult result = CheckResult.of(submitted.bytes(), submitted.fileName());
            if (isHtmx(ctx)) {
                pages.render(ctx, "st/checkResult.jte", Map.of("result", result));
            } else {
                check(ctx, pages, result, submitted.text());
            }
        });
        CompositeRoutes.register(routes, pages, RegistryParts.of(services));
    }

    private static void check(Context ctx, Pages pages, CheckResult result, String text) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Check a Security Target", SECTION));
        model.put("result", result);
        model.put("text", text);
        pages.render(ctx, "st/check.jte", model);
    }

    /** True when the request comes from htmx and wants a fragment, not a whole page. */
    static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    private record Submitted(byte[] bytes, String fileName, String text) {
    }

    /** The pasted or uploaded document; anything over the limit is cut at limit + 1 byte so the reader reports it. */
    private static Submitted submitted(Context ctx) throws IOException {
        UploadedFile file;
        String text;
        try {
            file = isMultipart(ctx) ? ctx.uploadedFile("file") : null;
            text = ctx.formParam("document");
        } catch (Exception e) {
            throw ApiException.badRequest("the form could not be read; send the Security Target again");
        }
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                return new Submitted(in.readNBytes(StDocuments.MAX_BYTES + 1), file.filename(), "");
            }
        }
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > StDocuments.MAX_BYTES) {
            return new Submitted(java.util.Arrays.copyOf(bytes, StDocuments.MAX_BYTES + 1), null, "");
        }
        return new Submitted(bytes, null, text == null ? "" : text);
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("multipart/form-data");
    }
}
