package org.trustbricks.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.registry.tokens.NewApiToken;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * API tokens: {@code Authorization: Bearer tbk_…} authenticates any /api request as the token's owner; people
 * create (shown once), list and revoke their own tokens.
 */
public final class ApiTokenRoutes {

    private ApiTokenRoutes() {
    }

    /** Adds the bearer check and the token routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        ApiTokens tokens = ApiTokens.using(services.database().jdbi());
        routes.before(ctx -> {
            String auth = ctx.header("Authorization");
            if (auth == null || !ctx.path().startsWith("/api/")) {
                return;
            }
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("use Authorization: Bearer <token>");
            }
            User user = tokens.authenticate(auth.substring(7).strip())
                    .orElseThrow(() -> ApiException.unauthorized("the API token is unknown or revoked"));
            CurrentUser.actAs(ctx, user);
        });
        routes.get("/api/tokens", ctx -> ctx.json(tokens.list(CurrentUser.require(ctx))));
        routes.post("/api/tokens", ctx -> {
            User u = CurrentUser.require(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            String name = org.trustbricks.web.registry.RegistryRequests.jsonText(ctx, "name", errors);
            ctx.status(201).json(create(tokens, u, name));
        });
        routes.delete("/api/tokens/{id}", ctx -> {
            User u = CurrentUser.require(ctx);
            if (!tokens.revoke(u, id(ctx))) {
                throw ApiException.notFound("you have no live token " + ctx.pathParam("id"));
            }
            ctx.status(204);
        });
        routes.get("/account/tokens", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            page(ctx, pages, u, tokens, null, "");
        });
        routes.post("/account/tokens", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
            if (name.isEmpty() || name.length() > 100) {
                ctx.status(422);
                page(ctx, pages, u, tokens, null, "Give the token a name of at most 100 characters.");
                return;
            }
            page(ctx, pages, u, tokens, tokens.create(u, name), "");
        });
        routes.post("/account/tokens/{id}/revoke", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            tokens.revoke(u, id(ctx));
            ctx.redirect("/account/tokens");
        });
    }

    private static NewApiToken create(ApiTokens tokens, User u, String name) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw ApiException.badRequest("name is required (at most 100 characters)",
                    List.of(new ApiProblem.FieldError("/name", "name is required (at most 100 characters)")));
        }
        return tokens.create(u, n);
    }

    private static void page(Context ctx, Pages pages, User u, ApiTokens tokens, NewApiToken created, String error) {
        pages.render(ctx, "admin/tokens.jte", Map.of("page", Page.of(ctx, "API tokens", ""), "tokens", tokens.list(u),
                "created", created == null ? "" : created.token(), "error", error));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("nothing is at " + ctx.path());
        }
    }
}
