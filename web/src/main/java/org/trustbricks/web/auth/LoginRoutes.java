package org.trustbricks.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.registry.auth.User;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** Sign-in and sign-out pages, and {@code /api/session} to ask who is signed in. */
public final class LoginRoutes {

    private LoginRoutes() {
    }

    /** Adds the routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages, boolean secureCookies) {
        routes.get("/login", ctx -> {
            ensureSession(ctx, services, secureCookies);
            renderForm(ctx, pages, "", "", safeNext(ctx.queryParam("next")), 200);
        });
        routes.post("/login", ctx -> processLogin(ctx, services, pages, secureCookies));
        routes.post("/logout", ctx -> {
            services.sessions().delete(ctx.attribute(CurrentUser.TOKEN));
            SessionCookies.clear(ctx, secureCookies);
            ctx.redirect("/");
        });
        routes.get("/api/session", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            Optional<User> user = CurrentUser.of(ctx);
            body.put("authenticated", user.isPresent());
            user.ifPresent(u -> body.put("user", Map.of("email", u.email(), "displayName", u.displayName(),
                    "organisation", u.organisationName(), "role", u.kind().name())));
            ctx.json(body);
        });
    }

    private static void processLogin(Context ctx, Services services, Pages pages, boolean secure) {
        String email = ctx.formParam("email") == null ? "" : ctx.formParam("email").trim();
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String next = safeNext(ctx.formParam("next"));
        if (email.isEmpty() || password.isEmpty()) {
            renderForm(ctx, pages, email, "Enter your email and password.", next, 400);
            return;
        }
        var throttle = services.loginThrottle();
        if (throttle.isBlocked(email, ctx.ip())) {
            renderForm(ctx, pages, email, "Too many failed sign-ins. Wait 15 minutes and try again.", next, 429);
            return;
        }
        Optional<User> user = services.accounts().authenticate(email, password);
        if (user.isEmpty()) {
            throttle.recordFailure(email, ctx.ip());
            renderForm(ctx, pages, email, "That email and password do not match an account.", next, 401);
            return;
        }
        throttle.recordSuccess(email);
        services.sessions().delete(ctx.attribute(CurrentUser.TOKEN));
        SessionCookies.set(ctx, services.sessions().create(user.get()), secure);
        ctx.redirect(next);
    }

    private static void ensureSession(Context ctx, Services services, boolean secure) {
        if (ctx.attribute(CurrentUser.SESSION) == null) {
            String token = services.sessions().create(null);
            SessionCookies.set(ctx, token, secure);
            services.sessions().find(token).ifPresent(s -> {
                ctx.attribute(CurrentUser.SESSION, s);
                ctx.attribute(CurrentUser.TOKEN, token);
            });
        }
    }

    private static void renderForm(Context ctx, Pages pages, String email, String error, String next, int status) {
        ctx.status(status);
        pages.render(ctx, "login.jte", Map.of("page", Page.of(ctx, "Sign in", ""), "email", email,
                "error", error, "next", next));
    }

    /** Only same-site relative paths are followed after sign-in. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    /** Used by routes that need a signed-in user on a page: redirect to sign-in instead of a 401. */
    public static User requirePageUser(Context ctx) {
        return CurrentUser.of(ctx).orElseThrow(() -> {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
            return ApiException.unauthorized("sign in first");
        });
    }
}
