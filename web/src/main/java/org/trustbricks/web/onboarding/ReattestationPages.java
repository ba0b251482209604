package org.trustbricks.web.onboarding;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.trustbricks.registry.onboarding.DeviceQuery;
import org.trustbricks.registry.onboarding.Reattestations;

/** The page actions of re-attestation: ask one device (device page) or the devices a filter shows (inventory). */
final class ReattestationPages {

    private final ReattestationApi api;
    private final Supplier<Reattestations> requests;

    ReattestationPages(ReattestationApi api, Supplier<Reattestations> requests) {
        this.api = api;
        this.requests = requests;
    }

    void register(RoutesConfig routes) {
        routes.post("/onboarding/devices/{id}/reattest", ctx -> {
            var user = OnboardingPages.admin(ctx);
            api.requestOne(ctx, user.email());
            ctx.redirect("/onboarding/devices/" + ReattestationApi.id(ctx) + "#attestation", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        routes.post("/onboarding/reattest", ctx -> {
            var user = OnboardingPages.admin(ctx);
            String q = form(ctx, "q");
            String decision = ReattestationApi.decision(form(ctx, "decision"), "decision");
            var state = ReattestationApi.state(form(ctx, "attestation"), "attestation");
            int issued = requests.get().requestMatching(new DeviceQuery(q, decision, null, 1, 0), state, user.email());
            ctx.redirect("/onboarding?requested=" + issued + "&q=" + enc(q) + "&decision=" + enc(decision)
                    + "&attestation=" + (state == null ? "" : state.name()), io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
