package org.trustbricks.web.onboarding;

import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.registry.onboarding.SiteFiles;
import org.trustbricks.web.system.ApiException;

/** The site description device rules are compiled against (administrators). */
final class SiteApi {

    static final int MAX = 256 * 1024;

    private final SiteFiles sites;

    SiteApi(SiteFiles sites) {
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/onboarding/site", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            ctx.contentType("application/yaml; charset=utf-8").result(sites.current());
        });
        routes.put("/api/onboarding/site", ctx -> {
            var user = OnboardingRoutes.requireAdministrator(ctx);
            byte[] body = ctx.bodyAsBytes();
            if (body.length > MAX) {
                throw ApiException.tooLarge(MAX);
            }
            try {
                SiteReader.read(body);
            } catch (MalformedInputException e) {
                throw ApiException.badRequest("not a valid site file: " + e.getMessage(),
                        java.util.List.of(new org.trustbricks.web.system.ApiProblem.FieldError(e.path(), e.getMessage())));
            }
            sites.save(new String(body, StandardCharsets.UTF_8), user.email());
            ctx.status(204);
        });
    }
}
