package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import org.trustbricks.registry.mudmanager.DeviceIndex;
import org.trustbricks.registry.mudmanager.ProfileJobs;
import org.trustbricks.registry.mudmanager.TrustAnchors;
import org.trustbricks.registry.onboarding.MudFileChecks;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebSettings;
import org.trustbricks.web.ui.Pages;

/**
 * The MUD manager and traffic profiler over HTTP: JSON API under {@code /api/mud-manager} and pages under
 * {@code /mud-manager} (nav section "mud").
 */
public final class ManagerRoutes {

    private ManagerRoutes() {
    }

    /** Adds the API and page routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages, WebSettings settings) {
        var jdbi = services.database().jdbi();
        Profiling profiling = new Profiling();
        ProfileJobRunner jobs = new ProfileJobRunner(profiling, ProfileJobs.using(jdbi, services.clock()));
        FetchChecks fetch = new FetchChecks(MudFileChecks.using(jdbi, settings.mudFetch(), services.clock()),
                settings.publicUrl());
        DeviceIndex index = DeviceIndex.using(jdbi);
        routes.exception(RejectedInputException.class, (e, ctx) -> ManagerApi.answer(e, ctx));
        ManagerApi.register(routes, profiling, fetch, index);
        ManagerPages.register(routes, pages, index);
        ProfileJobRoutes.register(routes, jobs, pages);
        FetchPages.register(routes, fetch, pages);
        TrustAnchorRoutes.register(routes, TrustAnchors.using(jdbi), pages);
        DeviceIndexRoutes.register(routes, index, pages);
    }
}
