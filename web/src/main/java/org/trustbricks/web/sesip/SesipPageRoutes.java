package org.trustbricks.web.sesip;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogue;
import org.trustbricks.sesip.catalogue.LevelLabel;
import org.trustbricks.sesip.catalogue.LevelLabels;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.mapping.RegulationMapping;
import org.trustbricks.sesip.navigator.NavigationResult;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** Knowledge-base pages of the Security Targets area: catalogue and levels, mappings, requirements navigator. */
public final class SesipPageRoutes {

    private static final String SECTION = "st";

    private SesipPageRoutes() {
    }

    /** Adds the pages. */
    public static void register(RoutesConfig routes, Pages pages) {
        routes.get("/st/catalogue", ctx -> {
            Catalogue catalogue = SesipApiRoutes.catalogue(ctx.queryParam("edition"));
            Map<String, Object> model = new HashMap<>();
            model.put("page", Page.of(ctx, "SESIP catalogue", SECTION));
            model.put("catalogue", catalogue);
            model.put("editions", Sesip.catalogues().stream().map(Catalogue::edition).toList());
            model.put("label", "");
            model.put("translation", null);
            pages.render(ctx, "st/catalogue.jte", model);
        });
        routes.get("/st/levels", ctx -> {
            String label = Optional.ofNullable(ctx.queryParam("label")).orElse("").trim();
            LevelLabel translated = label.isEmpty() || label.length() > 32 ? null : LevelLabels.standard().parse(label).orElse(null);
            pages.render(ctx, "st/levelResult.jte", Map.of("label", label, "translation", Optional.ofNullable(translated)));
        });
        routes.get("/st/mappings", ctx -> {
            String key = Optional.ofNullable(ctx.queryParam("regulation")).orElse(Regulation.EN303645.id());
            Regulation regulation = Regulation.of(key).orElseThrow(() -> ApiException.notFound("no mapping for \"" + key + "\""));
            List<RegulationMapping.Info> all = Arrays.stream(Regulation.values()).map(r -> Sesip.mapping(r).regulation()).toList();
            pages.render(ctx, "st/mappings.jte", Map.of("page", Page.of(ctx, "SESIP mappings", SECTION),
                    "mapping", Sesip.mapping(regulation), "regulations", all, "catalogue", Sesip.catalogue()));
        });
        routes.get("/st/navigator", ctx -> navigator(ctx, pages, List.of(), null));
        routes.get("/st/navigator/result", ctx -> {
            NavigationResult result = SesipApiRoutes.navigate(ctx);
            if ("true".equals(ctx.header("HX-Request"))) {
                pages.render(ctx, "st/navigatorResult.jte", Map.of("result", result, "query", query(ctx)));
            } else {
                navigator(ctx, pages, ctx.queryParams("market"), result);
            }
        });
        routes.get("/st/navigator/starter.yaml", ctx -> {
            NavigationResult result = SesipApiRoutes.navigate(ctx);
            ctx.contentType("application/yaml; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"starter-security-target.yaml\"")
                    .result(SesipApiRoutes.starterYaml(result));
        });
    }

    private static void navigator(Context ctx, Pages pages, List<String> chosen, NavigationResult result) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Requirements navigator", SECTION));
        model.put("markets", Sesip.markets());
        model.put("chosen", chosen);
        model.put("result", result);
        model.put("query", result == null ? "" : query(ctx));
        pages.render(ctx, "st/navigator.jte", model);
    }

    private static String query(Context ctx) {
        return String.join("&", ctx.queryParams("market").stream()
                .map(m -> "market=" + java.net.URLEncoder.encode(m, java.nio.charset.StandardCharsets.UTF_8)).toList());
    }
}
