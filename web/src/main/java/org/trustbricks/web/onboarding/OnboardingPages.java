package org.trustbricks.web.onboarding;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.SitePolicies;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** Web pages of the onboarding area. */
final class OnboardingPages {

    private final Devices devices;
    private final SitePolicies policies;
    private final Pages pages;

    OnboardingPages(Devices devices, SitePolicies policies, Pages pages) {
        this.devices = devices;
        this.policies = policies;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/onboarding", ctx -> {
            admin(ctx);
            pages.render(ctx, "onboarding/index.jte", Map.of("page", Page.of(ctx, "Onboarding", "onboarding"),
                    "devices", devices.search(OnboardingApi.query(ctx)), "counts", devices.counts(),
                    "q", value(ctx.queryParam("q")), "decision", value(ctx.queryParam("decision"))));
        });
        routes.get("/onboarding/devices", ctx -> {
            admin(ctx);
            pages.render(ctx, "onboarding/rows.jte", Map.of("devices", devices.search(OnboardingApi.query(ctx))));
        });
        routes.get("/onboarding/devices/{id}", ctx -> {
            admin(ctx);
            long id = parseId(ctx);
            var device = devices.find(id).orElseThrow(() -> ApiException.notFound("no device " + id));
            pages.render(ctx, "onboarding/device.jte", Map.of("page", Page.of(ctx, device.name(), "onboarding"),
                    "device", device, "history", devices.history(id)));
        });
        routes.get("/onboarding/policy", ctx -> {
            admin(ctx);
            renderPolicy(ctx, policies.current(), List.of(), false);
        });
        routes.post("/onboarding/policy", ctx -> {
            var user = admin(ctx);
            List<String> errors = new ArrayList<>();
            SitePolicy policy = fromForm(ctx, errors);
            if (!errors.isEmpty()) {
                ctx.status(400);
                renderPolicy(ctx, policies.current(), errors, false);
                return;
            }
            policies.save(policy, user.email());
            renderPolicy(ctx, policy, List.of(), true);
        });
    }

    private void renderPolicy(Context ctx, SitePolicy policy, List<String> errors, boolean saved) {
        pages.render(ctx, "onboarding/policy.jte", Map.of("page", Page.of(ctx, "Site onboarding policy", "onboarding"),
                "policy", policy, "errors", errors, "saved", saved, "decisions", Arrays.asList(Decision.values())));
    }

    private static org.trustbricks.registry.auth.User admin(Context ctx) {
        var user = LoginRoutes.requirePageUser(ctx);
        if (user.kind() != OrganisationKind.SCHEME_OWNER) {
            throw ApiException.forbidden("only the platform's administrators (scheme owner) manage onboarding");
        }
        return user;
    }

    private static SitePolicy fromForm(Context ctx, List<String> errors) {
        int level = 0;
        try {
            level = Integer.parseInt(value(ctx.formParam("minimumLevel")));
            if (level < 0 || level > 5) {
                errors.add("Minimum level must be between 0 and 5.");
            }
        } catch (NumberFormatException e) {
            errors.add("Minimum level must be a number from 0 to 5.");
        }
        var profiles = new LinkedHashSet<String>();
        for (String p : value(ctx.formParam("acceptedProfiles")).split("[,\\s]+")) {
            if (!p.isBlank()) {
                profiles.add(p.trim());
            }
        }
        List<String> hosts = value(ctx.formParam("quarantineHosts")).lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String h : hosts) {
            if (!h.matches("[A-Za-z0-9.-]{1,253}")) {
                errors.add("Quarantine host \"" + h + "\" is not a DNS name.");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new SitePolicy(level, profiles, decision(ctx, "belowRequirements", errors),
                decision(ctx, "onVulnerabilityReview", errors), decision(ctx, "onTerminated", errors),
                decision(ctx, "onExpired", errors), decision(ctx, "onNoCertificate", errors),
                ctx.formParam("acceptUnsignedMud") != null, decision(ctx, "onMudUnavailable", errors),
                decision(ctx, "onUnsupportedDevice", errors), hosts);
    }

    private static Decision decision(Context ctx, String field, List<String> errors) {
        try {
            return Decision.valueOf(value(ctx.formParam(field)));
        } catch (IllegalArgumentException e) {
            errors.add("Choose admitted, restricted or refused for " + field + ".");
            return Decision.REFUSED;
        }
    }

    private static long parseId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such device");
        }
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
