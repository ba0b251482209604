package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The page "Fetch and verify" at {@code /mud-manager/fetch}: the verdict on a MUD URL and the reasons for it. */
final class FetchPages {

    private FetchPages() {
    }

    static void register(RoutesConfig routes, FetchChecks fetch, Pages pages) {
        routes.get("/mud-manager/fetch", ctx -> {
            LoginRoutes.requirePageUser(ctx);
            render(ctx, pages, new FetchChecks.Question("", "strict", ""), null, "");
        });
        routes.post("/mud-manager/fetch", ctx -> {
            LoginRoutes.requirePageUser(ctx);
            var q = new FetchChecks.Question(ctx.formParam("url"), ctx.formParam("mode"), ctx.formParam("deviceCertificate"));
            try {
                render(ctx, pages, q, fetch.check(q, ctx), "");
            } catch (ApiException e) {
                ctx.status(e.problem().status());
                render(ctx, pages, q, null, e.getMessage());
            }
        });
    }

    private static void render(Context ctx, Pages pages, FetchChecks.Question q, FetchAnswer answer, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Fetch and verify a MUD file", ManagerPages.NAV));
        model.put("url", q.url() == null ? "" : q.url());
        model.put("lenient", "lenient".equalsIgnoreCase(q.mode()));
        model.put("certificate", q.deviceCertificate() == null ? "" : q.deviceCertificate());
        model.put("answer", answer);
        model.put("error", error);
        pages.render(ctx, "manager/fetch.jte", model);
    }
}
