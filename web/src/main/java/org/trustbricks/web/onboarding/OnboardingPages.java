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
    private final org.trustbricks.registry.onboarding.LifecycleWatcher watcher;

    private java.util.function.Supplier<org.trustbricks.registry.onboarding.Reattestations> requests;
    private org.trustbricks.registry.onboarding.AttestationStates states;

    OnboardingPages(Devices devices, SitePolicies policies, Pages pages, org.trustbricks.registry.onboarding.LifecycleWatcher watcher) {
        this.devices = devices;
        this.policies = policies;
        this.pages = pages;
        this.watcher = watcher;
    }

    /** Shows attestation status, filters by it, and lists a device's re-attestation requests. */
    OnboardingPages withReattestation(java.util.function.Supplier<org.trustbricks.registry.onboarding.Reattestations> reattestations,
                                      org.trustbricks.registry.onboarding.AttestationStates attestationStates) {
        this.requests = reattestations;
        this.states = attestationStates;
        return this;
    }

    private List<org.trustbricks.registry.onboarding.DeviceRecord> search(Context ctx) {
        var state = ReattestationApi.state(ctx.queryParam("attestation"), "attestation");
        return state == null ? devices.search(OnboardingApi.query(ctx)) : states.search(OnboardingApi.query(ctx), state);
    }

    private Map<String, Object> rows(Context ctx) {
        var found = search(ctx);
        return Map.of("devices", found, "attestation", states.of(found.stream().map(d -> d.id()).toList()));
    }

    void register(RoutesConfig routes) {
        routes.get("/onboarding", ctx -> {
            admin(ctx);
            var params = new java.util.HashMap<String, Object>(rows(ctx));
            params.putAll(Map.of("page", Page.of(ctx, "Onboarding", "onboarding"), "counts", devices.counts(),
                    "attestationCounts", states.counts(), "q", value(ctx.queryParam("q")),
                    "decision", value(ctx.queryParam("decision")), "attestationFilter", value(ctx.queryParam("attestation")),
                    "notice", value(ctx.queryParam("requested")).matches("[0-9]{1,9}")
                            ? ctx.queryParam("requested") + " re-attestation requests issued." : ""));
            pages.render(ctx, "onboarding/index.jte", params);
        });
        routes.get("/onboarding/devices", ctx -> {
            admin(ctx);
            pages.render(ctx, "onboarding/rows.jte", rows(ctx));
        });
        routes.get("/onboarding/devices/{id}", ctx -> {
            admin(ctx);
            long id = parseId(ctx);
            var device = devices.find(id).orElseThrow(() -> ApiException.notFound("no device " + id));
            pages.render(ctx, "onboarding/device.jte", Map.of("page", Page.of(ctx, device.name(), "onboarding"),
                    "device", device, "history", devices.history(id), "status", states.of(List.of(id)).get(id),
                    "requests", requests.get().forDevice(id, 10)));
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
            watcher.policyChanged(user.email());
            renderPolicy(ctx, policy, List.of(), true);
        });
    }

    private void renderPolicy(Context ctx, SitePolicy policy, List<String> errors, boolean saved) {
        pages.render(ctx, "onboarding/policy.jte", Map.of("page", Page.of(ctx, "Site onboarding policy", "onboarding"),
                "policy", policy, "errors", errors, "saved", saved, "decisions", Arrays.asList(Decision.values())));
    }

    static org.trustbricks.registry.auth.User admin(Context ctx) {
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
        int interval = minutes(ctx, "reattestIntervalMinutes", 0, SitePolicy.MAX_INTERVAL_MINUTES,
                "Re-attestation interval", errors);
        int grace = minutes(ctx, "reattestGraceMinutes", 1, SitePolicy.MAX_GRACE_MINUTES, "Grace period", errors);
        Decision overdue = decision(ctx, "onAttestationOverdue", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new SitePolicy(level, profiles, decision(ctx, "belowRequirements", errors),
                decision(ctx, "onVulnerabilityReview", errors), decision(ctx, "onTerminated", errors),
                decision(ctx, "onExpired", errors), decision(ctx, "onNoCertificate", errors),
                ctx.formParam("acceptUnsignedMud") != null, decision(ctx, "onMudUnavailable", errors),
                decision(ctx, "onUnsupportedDevice", errors), hosts, interval, grace, overdue);
    }

    private static int minutes(Context ctx, String field, int min, int max, String label, List<String> errors) {
        try {
            int v = Integer.parseInt(value(ctx.formParam(field)).trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(label + " must be a whole number of minutes from " + min + " to " + max + ".");
        return min;
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
