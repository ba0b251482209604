package org.trustbricks.web.system;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.web.ui.Pages;

/**
 * One place that turns failures into answers: RFC 9457 problem JSON under {@code /api}, an HTML page elsewhere.
 * Unexpected exceptions are logged with an incident id; the client sees only the id, never a stack trace.
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    /** Installs the exception and error handlers. */
    public static void register(RoutesConfig routes, Pages pages) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.problem(), pages));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            var errors = e.getDetails().entrySet().stream()
                    .map(d -> new ApiProblem.FieldError(d.getKey(), d.getValue())).toList();
            int status = e.getStatus();
            answer(ctx, new ApiProblem(status, title(status), e.getMessage(), errors), pages);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("unexpected failure on {} {} (incident {})", ctx.method(), ctx.path(), incident, e);
            answer(ctx, ApiProblem.of(500, "Internal Server Error",
                    "the server failed to handle this request; incident " + incident), pages);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, ApiProblem.of(404, "Not Found", "nothing is at " + ctx.path()), pages);
            }
        });
        routes.error(413, ctx -> answer(ctx, ApiProblem.of(413, "Content Too Large",
                "the request body is larger than this server accepts"), pages));
    }

    private static String title(int status) {
        HttpStatus s = HttpStatus.forStatus(status);
        return s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
    }

    /** Writes a problem as JSON (API and non-HTML clients) or as an HTML page; a browser that must sign in is sent there. */
    public static void answer(Context ctx, ApiProblem problem, Pages pages) {
        if (problem.status() == 401 && !wantsJson(ctx) && ctx.method() == io.javalin.http.HandlerType.GET) {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        ctx.status(problem.status());
        if (wantsJson(ctx)) {
            ctx.contentType("application/problem+json").result(org.trustbricks.web.Json.mapper().valueToTree(problem).toString());
        } else {
            pages.render(ctx, "error.jte", java.util.Map.of("problem", problem,
                    "page", org.trustbricks.web.ui.Page.of(ctx, problem.title(), "")));
        }
    }

    private static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            return true;
        }
        String accept = ctx.header("Accept");
        return accept == null || !accept.contains("text/html");
    }

    /** Field error shorthand for handlers. */
    public static List<ApiProblem.FieldError> field(String path, String message) {
        return List.of(new ApiProblem.FieldError(path, message));
    }
}
