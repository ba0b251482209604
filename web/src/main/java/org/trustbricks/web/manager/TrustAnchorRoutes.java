package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mudmanager.TrustAnchor;
import org.trustbricks.registry.mudmanager.TrustAnchors;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * Manufacturer trust anchors for MUD signatures (administrators): {@code /api/mud-manager/trust-anchors} and the page
 * {@code /mud-manager/trust-anchors}. Onboarding and the fetch page verify against them.
 */
final class TrustAnchorRoutes {

    private static final String API = ManagerApi.BASE + "/trust-anchors";
    /** Largest PEM text accepted. */
    static final int MAX_PEM = 256 * 1024;

    private TrustAnchorRoutes() {
    }

    /** POST body: one or more PEM certificates. */
    record Upload(String pem) {
    }

    static void register(RoutesConfig routes, TrustAnchors anchors, Pages pages) {
        routes.get(API, ctx -> {
            Administrators.require(ctx);
            ctx.json(anchors.list());
        });
        routes.post(API, ctx -> {
            User user = Administrators.require(ctx);
            ctx.status(201).json(add(anchors, ManagerInputs.json(ctx, Upload.class).pem(), user));
        });
        routes.delete(API + "/{id}", ctx -> {
            User user = Administrators.require(ctx);
            if (!anchors.remove(id(ctx), user.email())) {
                throw ApiException.notFound("no such trust anchor");
            }
            ctx.status(204);
        });
        routes.get("/mud-manager/trust-anchors", ctx -> {
            Administrators.requirePage(ctx);
            render(ctx, pages, anchors, "", List.of());
        });
        routes.post("/mud-manager/trust-anchors", ctx -> {
            User user = Administrators.requirePage(ctx);
            try {
                render(ctx, pages, anchors, "", add(anchors, ctx.formParam("pem"), user));
            } catch (ApiException e) {
                ctx.status(e.problem().status());
                render(ctx, pages, anchors, e.getMessage(), List.of());
            }
        });
        routes.post("/mud-manager/trust-anchors/{id}/remove", ctx -> {
            User user = Administrators.requirePage(ctx);
            anchors.remove(id(ctx), user.email());
            ctx.redirect("/mud-manager/trust-anchors", HttpStatus.SEE_OTHER);
        });
    }

    private static List<TrustAnchor> add(TrustAnchors anchors, String pem, User user) {
        if (pem == null || pem.isBlank()) {
            throw ApiException.badRequest("paste one or more PEM certificates", ErrorHandling.field("/pem", "required"));
        }
        if (pem.length() > MAX_PEM) {
            throw ApiException.tooLarge(MAX_PEM);
        }
        try {
            return anchors.add(pem, user.email());
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("not a PEM certificate: " + e.getMessage(), ErrorHandling.field("/pem", e.getMessage()));
        }
    }

    private static void render(Context ctx, Pages pages, TrustAnchors anchors, String error, List<TrustAnchor> added) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "MUD trust anchors", ManagerPages.NAV));
        model.put("anchors", anchors.list());
        model.put("added", added);
        model.put("error", error);
        pages.render(ctx, "manager/trustAnchors.jte", model);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such trust anchor");
        }
    }
}
