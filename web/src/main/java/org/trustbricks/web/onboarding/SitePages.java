package org.trustbricks.web.onboarding;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.registry.onboarding.SiteFiles;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * The site configuration page: the YAML description of the site (local networks, controllers, DNS and NTP servers)
 * that device rules are compiled against. A file that does not read is not saved; the page keeps the text as typed
 * and shows the problem with its path.
 */
final class SitePages {

    /** Largest site file the page accepts (the API's limit). */
    static final int MAX_BYTES = SiteApi.MAX;

    private final SiteFiles sites;
    private final Pages pages;

    SitePages(SiteFiles sites, Pages pages) {
        this.sites = sites;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/onboarding/site", ctx -> {
            OnboardingPages.admin(ctx);
            render(ctx, new String(sites.current(), StandardCharsets.UTF_8), List.of(), false);
        });
        routes.post("/onboarding/site", ctx -> {
            var user = OnboardingPages.admin(ctx);
            String yaml = ctx.formParam("yaml");
            yaml = yaml == null ? "" : yaml.replace("\r\n", "\n");
            byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_BYTES) {
                throw ApiException.tooLarge(MAX_BYTES);
            }
            try {
                SiteReader.read(bytes);
            } catch (MalformedInputException e) {
                ctx.status(422);
                render(ctx, yaml, List.of(Finding.error("SITE_INVALID", e.path().isEmpty() ? "/" : e.path(), e.getMessage(),
                        "Nothing was saved; the devices keep the rules compiled from the saved site file.")), false);
                return;
            }
            sites.save(yaml, user.email());
            render(ctx, yaml, List.of(), true);
        });
    }

    private void render(Context ctx, String yaml, List<Finding> findings, boolean saved) {
        pages.render(ctx, "onboarding/site.jte", Map.of("page", Page.of(ctx, "Site configuration", "onboarding"),
                "yaml", yaml, "findings", findings, "saved", saved, "maxBytes", MAX_BYTES));
    }
}
