package org.trustbricks.web.st;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.mapping.CoverageResult;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.render.RenderResult;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.web.Json;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/**
 * The Security Target JSON API under {@code /api/st}: validate, compose, coverage, render, profile conformance and
 * the published schema. Every route takes the ST as the request body (YAML or JSON, at most 5 MB).
 */
public final class StApiRoutes {

    private StApiRoutes() {
    }

    /** Adds the routes and the handler that turns unreadable documents into 422 problems with findings. */
    public static void register(RoutesConfig routes) {
        routes.exception(StProblem.class, (e, ctx) -> ctx.status(e.document().status())
                .contentType("application/problem+json")
                .result(Json.mapper().valueToTree(e.document()).toString()));
        routes.post("/api/st/validate", StApiRoutes::validate);
        routes.post("/api/st/compose", StApiRoutes::compose);
        routes.post("/api/st/coverage", StApiRoutes::coverage);
        routes.post("/api/st/render", StApiRoutes::render);
        routes.post("/api/st/conformance", StApiRoutes::conformance);
        routes.get("/api/st/schema", ctx -> ctx.contentType("application/schema+json").result(Sesip.schema()));
    }

    private static void validate(Context ctx) {
        SecurityTarget st = StDocuments.read(ctx);
        ctx.json(Sesip.validate(st, ""));
    }

    private static void compose(Context ctx) {
        SecurityTarget st = StDocuments.read(ctx);
        CompositionReport report = Sesip.compose(st);
        if (!report.complete()) {
            throw StProblem.rejectedComposition(report.findings());
        }
        ctx.json(report);
    }

    private static void coverage(Context ctx) {
        Regulation regulation = regulation(ctx.queryParam("against"));
        SecurityTarget st = StDocuments.read(ctx);
        CoverageResult result = Sesip.coverage(st, regulation);
        if (result.report() == null) {
            throw StProblem.unreadable(result.findings());
        }
        ctx.json(result.report());
    }

    private static void render(Context ctx) {
        String requested = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        Format format = Format.of(requested).orElseThrow(() -> ApiException.badRequest(
                "format must be html or md", ErrorHandling.field("format", "unknown format \"" + requested + "\"")));
        SecurityTarget st = StDocuments.read(ctx);
        RenderResult result = Sesip.render(st, format);
        if (result.content() == null) {
            throw StProblem.unreadable(result.findings());
        }
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(format.mediaType()).result(result.content());
    }

    private static void conformance(Context ctx) {
        String profile = ctx.queryParam("profile");
        if (profile == null || profile.isBlank()) {
            throw ApiException.badRequest("name the profile to check against",
                    ErrorHandling.field("profile", "required; one of " + profileIds()));
        }
        SecurityTarget st = StDocuments.read(ctx);
        ctx.json(Sesip.conformance(st, profile).orElseThrow(() -> ApiException.notFound(
                "no profile \"" + profile + "\"; known profiles: " + profileIds())));
    }

    /** The regulation named by a query parameter, or a 400 naming the accepted keys. */
    static Regulation regulation(String against) {
        String keys = String.join(", ", java.util.Arrays.stream(Regulation.values()).map(Regulation::id).toList());
        if (against == null || against.isBlank()) {
            throw ApiException.badRequest("name the regulation to map against",
                    ErrorHandling.field("against", "required; one of " + keys));
        }
        return Regulation.of(against).orElseThrow(() -> ApiException.badRequest("unknown regulation",
                ErrorHandling.field("against", "\"" + against + "\" is not one of " + keys)));
    }

    private static String profileIds() {
        return String.join(", ", Sesip.profiles().stream().map(p -> p.id()).toList());
    }
}
