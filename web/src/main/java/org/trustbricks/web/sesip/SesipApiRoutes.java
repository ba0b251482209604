package org.trustbricks.web.sesip;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.LabelScheme;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.navigator.NavigationResult;
import org.trustbricks.sesip.st.StWriter;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** The SESIP knowledge base under {@code /api/sesip}: catalogues, level labels, profiles, mappings, navigator. */
public final class SesipApiRoutes {

    private SesipApiRoutes() {
    }

    /** Adds the routes. */
    public static void register(RoutesConfig routes) {
        routes.get("/api/sesip/catalogues", ctx -> ctx.json(Sesip.catalogues().stream().map(Catalogue::edition).toList()));
        routes.get("/api/sesip/catalogue", ctx -> ctx.json(catalogue(ctx.queryParam("edition"))));
        routes.get("/api/sesip/levels", SesipApiRoutes::level);
        routes.get("/api/sesip/profiles", ctx -> ctx.json(Sesip.profiles()));
        routes.get("/api/sesip/profiles/{id}", ctx -> ctx.json(Sesip.profiles().stream()
                .filter(p -> p.id().equals(ctx.pathParam("id"))).findFirst()
                .orElseThrow(() -> ApiException.notFound("no profile \"" + ctx.pathParam("id") + "\""))));
        routes.get("/api/sesip/mappings", ctx -> ctx.json(java.util.Arrays.stream(Regulation.values())
                .map(r -> Sesip.mapping(r).regulation()).toList()));
        routes.get("/api/sesip/mappings/{regulation}", ctx -> ctx.json(Sesip.mapping(
                Regulation.of(ctx.pathParam("regulation")).orElseThrow(() -> ApiException.notFound(
                        "no mapping for \"" + ctx.pathParam("regulation") + "\"; known: " + regulationKeys())))));
        routes.get("/api/sesip/markets", ctx -> ctx.json(Sesip.markets()));
        routes.get("/api/sesip/navigator", ctx -> ctx.json(navigate(ctx)));
        routes.get("/api/sesip/navigator/starter", SesipApiRoutes::starter);
    }

    /** The catalogue of an edition; the current one when none is named, 404 when the edition is unknown. */
    public static Catalogue catalogue(String edition) {
        if (edition == null || edition.isBlank()) {
            return Sesip.catalogue();
        }
        return Sesip.catalogues().stream().filter(c -> c.edition().id().equalsIgnoreCase(edition.trim())).findFirst()
                .orElseThrow(() -> ApiException.notFound("no catalogue for edition \"" + edition + "\"; known: "
                        + String.join(", ", Sesip.catalogues().stream().map(c -> c.edition().id()).toList())));
    }

    /** The navigator's answer for the request's {@code market} parameters; 400 when none or an unknown one is given. */
    public static NavigationResult navigate(Context ctx) {
        List<String> markets = ctx.queryParams("market").stream().filter(m -> !m.isBlank()).toList();
        if (markets.isEmpty()) {
            throw ApiException.badRequest("pick at least one target market", ErrorHandling.field("market", "required; one of " + marketKeys()));
        }
        if (markets.size() > 32) {
            throw ApiException.badRequest("too many markets", ErrorHandling.field("market", "at most 32 values"));
        }
        NavigationResult result = Sesip.newStarter(markets);
        if (!result.unknownMarkets().isEmpty()) {
            throw ApiException.badRequest("unknown target market", result.unknownMarkets().stream()
                    .map(m -> new org.trustbricks.web.system.ApiProblem.FieldError("market",
                            "\"" + m + "\" is not one of " + marketKeys())).toList());
        }
        return result;
    }

    private static void starter(Context ctx) {
        NavigationResult result = navigate(ctx);
        ctx.contentType("application/yaml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"starter-security-target.yaml\"")
                .result(starterYaml(result));
    }

    private static void level(Context ctx) {
        String label = ctx.queryParam("label");
        if (label == null || label.isBlank() || label.length() > 32) {
            throw ApiException.badRequest("give the level label to translate",
                    ErrorHandling.field("label", "required, for example SESIP3, SESIP2+ or ITP2"));
        }
        String schemeKey = ctx.queryParam("scheme");
        LabelScheme scheme = schemeKey == null ? LabelScheme.SESIP : LabelScheme.find(schemeKey).orElseThrow(() ->
                ApiException.badRequest("unknown label scheme", ErrorHandling.field("scheme", "one of sesip, trustcb-v1.2, itp")));
        ctx.json(LevelLabels.standard().parse(label, scheme).orElseThrow(() -> ApiException.notFound(
                "\"" + label + "\" is not a SESIP, TrustCB or ITP level label")));
    }

    private static String marketKeys() {
        return String.join(", ", Sesip.markets().stream().map(m -> m.id()).toList());
    }

    private static String regulationKeys() {
        return String.join(", ", java.util.Arrays.stream(Regulation.values()).map(r -> r.id().toLowerCase(Locale.ROOT)).toList());
    }

    /** The starter ST of a navigation as YAML (the page's download uses the same text). */
    public static String starterYaml(NavigationResult result) {
        return result.guidance().starterYaml() != null ? result.guidance().starterYaml() : StWriter.yaml(result.guidance().starter());
    }
}
