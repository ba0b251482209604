package org.trustbricks.web.st;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The composite builder: a form of parts (added with htmx) and the composition it gives. */
final class CompositeRoutes {

    private CompositeRoutes() {
    }

    static void register(RoutesConfig routes, Pages pages) {
        routes.get("/st/compose", ctx -> page(ctx, pages, CompositeForm.empty(LocalDate.now(ZoneOffset.UTC).toString()), null));
        routes.get("/st/compose/part", ctx -> {
            int index = index(ctx.queryParam("index"));
            pages.render(ctx, "st/partFields.jte", Map.of("index", index, "part", CompositeForm.PartForm.empty(),
                    "next", Math.min(index + 1, CompositeForm.MAX_PARTS), "oob", true));
        });
        routes.get("/st/compose/removed", ctx -> ctx.html(""));
        routes.post("/st/compose", ctx -> {
            CompositeForm form = CompositeForm.from(ctx.formParamMap());
            CompositeResult result = CompositeResult.of(form);
            if (StPageRoutes.isHtmx(ctx)) {
                pages.render(ctx, "st/composeResult.jte", Map.of("result", result));
            } else {
                page(ctx, pages, form, result);
            }
        });
    }

    private static void page(Context ctx, Pages pages, CompositeForm form, CompositeResult result) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Build a composite", StPageRoutes.SECTION));
        model.put("form", form);
        model.put("result", result);
        pages.render(ctx, "st/compose.jte", model);
    }

    private static int index(String raw) {
        try {
            int i = raw == null ? 0 : Integer.parseInt(raw);
            return Math.max(0, Math.min(i, CompositeForm.MAX_PARTS - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
