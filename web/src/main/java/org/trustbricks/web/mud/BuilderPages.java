package org.trustbricks.web.mud;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.ModelSummary;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The builder form: a MUD file from plain concepts; saving always makes a new version. */
final class BuilderPages {

    private BuilderPages() {
    }

    static void register(RoutesConfig routes, MudCatalogue c, MudAccess access, Pages pages) {
        routes.get("/mud/builder", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            String m = ctx.queryParam("manufacturer") == null ? "" : ctx.queryParam("manufacturer");
            String model = ctx.queryParam("model") == null ? "" : ctx.queryParam("model");
            BuilderForm form = BuilderForm.blank(m, model);
            if (Slugs.valid(m) && Slugs.valid(model)) {
                form = latestSpec(c, u, m, model).map(r -> BuilderForm.of(m, model, r)).orElse(form);
            }
            render(ctx, c, u, pages, form, List.of(), 200);
        });
        routes.post("/mud/builder", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            BuilderForm form = BuilderForm.from(ctx);
            if (ctx.formParam("more") != null) {
                render(ctx, c, u, pages, form.withBlankRows(3), List.of(), 200);
                return;
            }
            List<Finding> problems = new ArrayList<>();
            if (!Slugs.valid(form.modelSlug())) {
                problems.add(Finding.error("FORM-SLUG", "/modelSlug", "the model's URL name must be 1-64 lower-case letters, digits or inner hyphens", ""));
            }
            Manufacturer m = Slugs.valid(form.manufacturer()) ? c.files().manufacturer(form.manufacturer()).orElse(null) : null;
            if (m == null || !MudAccess.owns(u, m)) {
                problems.add(Finding.error("FORM-MANUFACTURER", "/manufacturer", "choose one of your organisation's manufacturers", ""));
            }
            BuildRequest request = form.toRequest(problems);
            if (!problems.isEmpty()) {
                render(ctx, c, u, pages, form.withBlankRows(0), problems, 422);
                return;
            }
            try {
                MudVersion v = c.build(ctx, u, m, form.modelSlug(), request);
                ctx.redirect(MudPageRoutes.versionLink(v) + "?saved=" + v.version(), HttpStatus.SEE_OTHER);
            } catch (MudRejection e) {
                render(ctx, c, u, pages, form.withBlankRows(0), e.body().findings(), 422);
            }
        });
    }

    private static java.util.Optional<BuildRequest> latestSpec(MudCatalogue c, User u, String m, String model) {
        return c.files().manufacturer(m).filter(x -> MudAccess.canRead(u, x))
                .flatMap(x -> c.files().model(m, model))
                .map(ModelSummary::latestVersion).filter(n -> n > 0)
                .flatMap(n -> c.files().version(m, model, n)).map(VersionView::spec);
    }

    private static void render(Context ctx, MudCatalogue c, User u, Pages pages, BuilderForm form, List<Finding> findings, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "MUD builder", MudPageRoutes.NAV));
        model.put("form", form);
        model.put("manufacturers", c.files().manufacturersOf(u.organisationId()));
        model.put("findings", findings);
        ctx.status(status);
        pages.render(ctx, "mud/builder.jte", model);
    }
}
