package org.trustbricks.web.mud;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.ModelSummary;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** A manufacturer's page (models, signer, upload) and each device model's page (versions, MUD URL, QR, picture). */
final class ManufacturerPages {

    private ManufacturerPages() {
    }

    static void register(RoutesConfig routes, MudCatalogue c, MudAccess access, Pages pages) {
        routes.get("/mud/{manufacturer}", ctx -> manufacturer(ctx, c, access, pages, null, 200));
        routes.post("/mud/{manufacturer}/signer", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            if ("upload".equals(ctx.formParam("mode"))) {
                c.signers().upload(m, u, ctx.formParam("certificatePem"), ctx.formParam("keyPem"), ctx.formParam("keyPassword"),
                        ctx.formParam("chainPem"), ctx.formParam("trustAnchorPem"));
            } else {
                c.signers().generate(m, u);
            }
            ctx.redirect("/mud/" + m.slug() + "#signer", HttpStatus.SEE_OTHER);
        });
        routes.post("/mud/{manufacturer}/upload", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            String model = ctx.formParam("model");
            if (!Slugs.valid(model)) {
                manufacturer(ctx, c, access, pages, MudRejection.of("the model's URL name must be 1-64 lower-case letters, digits or inner hyphens",
                        List.of()), 422);
                return;
            }
            byte[] content = MudPageRoutes.contentOf(ctx, "content", "file");
            try {
                MudVersion v = c.upload(ctx, u, m, model, content, ctx.formParam("repair") != null, ctx.formParam("adoptUrl") != null);
                ctx.redirect(MudPageRoutes.versionLink(v) + "?saved=" + v.version(), HttpStatus.SEE_OTHER);
            } catch (MudRejection e) {
                manufacturer(ctx, c, access, pages, e, 422);
            }
        });
        routes.post("/mud/{manufacturer}/{model}/publish", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            ModelSummary s = MudApiRoutes.model(c, m, ctx.pathParam("model"));
            int version = ctx.formParamAsClass("version", Integer.class).getOrThrow(e -> ApiException.badRequest("choose a version"));
            c.publish(ctx, u, m, s.slug(), version);
            ctx.redirect("/mud/" + m.slug() + "/" + s.slug() + "?published=" + version, HttpStatus.SEE_OTHER);
        });
        routes.get("/mud/{manufacturer}/{model}/map", ctx -> map(ctx, c, access, pages));
    }

    private static void manufacturer(Context ctx, MudCatalogue c, MudAccess access, Pages pages, MudRejection rejection, int status) {
        Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
        User u = access.user(ctx).orElse(null);
        boolean reader = MudAccess.canRead(u, m);
        List<ModelView> models = c.files().models(m.id()).stream().filter(s -> reader || s.published())
                .map(s -> Views.model(ctx, c, m, s, false)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, m.name() + " — MUD files", MudPageRoutes.NAV));
        model.put("m", m);
        model.put("models", models);
        model.put("signer", reader ? Views.signer(c, m) : null);
        model.put("owner", MudAccess.owns(u, m));
        model.put("rejection", rejection == null ? null : rejection.body());
        ctx.status(status);
        pages.render(ctx, "mud/manufacturer.jte", model);
    }

    static void device(Context ctx, MudCatalogue c, MudAccess access, Pages pages, String manufacturer, String modelSlug) {
        Manufacturer m = c.manufacturer(manufacturer);
        User u = access.user(ctx).orElse(null);
        boolean reader = MudAccess.canRead(u, m);
        ModelSummary s = MudApiRoutes.model(c, m, modelSlug);
        if (!reader && !s.published()) {
            throw ApiException.notFound("there is no published model \"" + modelSlug + "\" of " + m.name());
        }
        ModelView view = Views.model(ctx, c, m, s, reader);
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, m.name() + " " + modelSlug + " — MUD", MudPageRoutes.NAV));
        model.put("m", m);
        model.put("model", view);
        model.put("owner", MudAccess.owns(u, m));
        model.put("qr", QrSvg.svg(QrSvg.payload(m.name(), modelSlug, view.mudUrl()), "QR code (RFC 9238) for the MUD URL " + view.mudUrl()));
        model.put("hasSigner", Views.hasSigner(c, m));
        pages.render(ctx, "mud/device.jte", model);
    }

    private static void map(Context ctx, MudCatalogue c, MudAccess access, Pages pages) {
        Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
        User u = access.user(ctx).orElse(null);
        ModelSummary s = MudApiRoutes.model(c, m, ctx.pathParam("model"));
        boolean reader = MudAccess.canRead(u, m);
        String asked = ctx.queryParam("version");
        int version = asked == null ? (s.published() ? s.publishedVersion() : s.latestVersion()) : parse(asked);
        if (!reader && version != s.publishedVersion()) {
            throw ApiException.notFound("only the published version of " + s.slug() + " is public");
        }
        MudVersion v = c.files().version(m.slug(), s.slug(), version)
                .orElseThrow(() -> ApiException.notFound("there is no version " + asked + " of " + s.slug()));
        String svg;
        try {
            svg = c.mud().renderSvg(v.content());
        } catch (MalformedInputException e) {
            throw ApiException.unprocessable("this version cannot be drawn: " + e.getMessage(), List.of());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "What " + m.name() + " " + s.slug() + " may talk to", MudPageRoutes.NAV));
        model.put("m", m);
        model.put("modelSlug", s.slug());
        model.put("version", version);
        model.put("svg", svg);
        pages.render(ctx, "mud/map.jte", model);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("versions are numbered 1, 2, …");
        }
    }
}
