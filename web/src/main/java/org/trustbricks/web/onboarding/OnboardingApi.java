package org.trustbricks.web.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.onboarding.DeviceQuery;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.SitePolicies;
import org.trustbricks.registry.onboarding.Webhooks;
import org.trustbricks.web.Json;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** JSON API of the inventory, the site policy and webhooks (administrators only). */
final class OnboardingApi {

    private static final UntrustedJson READER = UntrustedJson.withLimits(64 * 1024, 16);

    private final Devices devices;
    private final SitePolicies policies;
    private final Webhooks webhooks;
    private java.util.function.Consumer<String> onPolicyChange = by -> { };

    OnboardingApi onPolicyChange(java.util.function.Consumer<String> action) {
        this.onPolicyChange = action;
        return this;
    }

    private org.trustbricks.registry.onboarding.AttestationStates states;

    /** Lets the inventory be filtered by attestation status and show it. */
    OnboardingApi withAttestationStates(org.trustbricks.registry.onboarding.AttestationStates attestationStates) {
        this.states = attestationStates;
        return this;
    }

    OnboardingApi(Devices devices, SitePolicies policies, Webhooks webhooks) {
        this.devices = devices;
        this.policies = policies;
        this.webhooks = webhooks;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/onboarding/devices", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            var state = ReattestationApi.state(ctx.queryParam("attestation"), "attestation");
            var found = state == null || states == null ? devices.search(query(ctx)) : states.search(query(ctx), state);
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("devices", found);
            out.put("counts", devices.counts());
            if (states != null) {
                out.put("attestation", states.of(found.stream().map(org.trustbricks.registry.onboarding.DeviceRecord::id).toList()));
                out.put("attestationCounts", states.counts());
            }
            ctx.json(out);
        });
        routes.get("/api/onboarding/devices/{id}", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            long id = id(ctx);
            var device = devices.find(id).orElseThrow(() -> ApiException.notFound("no device " + id));
            ctx.json(Map.of("device", device, "history", devices.history(id)));
        });
        routes.get("/api/onboarding/policy", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            ctx.json(policies.current());
        });
        routes.put("/api/onboarding/policy", ctx -> {
            var user = OnboardingRoutes.requireAdministrator(ctx);
            SitePolicy policy = readPolicy(ctx.bodyAsBytes());
            policies.save(policy, user.email());
            onPolicyChange.accept(user.email());
            ctx.json(policy);
        });
        routes.get("/api/onboarding/webhooks", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            ctx.json(webhooks.list().stream().map(w -> Map.of("id", w.id(), "url", w.url())).toList());
        });
        routes.post("/api/onboarding/webhooks", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            JsonNode body = read(ctx.bodyAsBytes());
            String url = body.path("url").asText("");
            if (!validUrl(url)) {
                throw ApiException.badRequest("the webhook URL must be an absolute http or https URL",
                        List.of(new ApiProblem.FieldError("/url", "not an absolute http(s) URL")));
            }
            var sub = webhooks.add(url);
            ctx.status(201).json(Map.of("id", sub.id(), "url", sub.url(), "secret", sub.secret(),
                    "note", "keep the secret: it is shown only now and signs every delivery (X-TrustBricks-Signature)"));
        });
        routes.delete("/api/onboarding/webhooks/{id}", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            webhooks.remove(id(ctx));
            ctx.status(204);
        });
    }

    static DeviceQuery query(Context ctx) {
        int limit = parseInt(ctx.queryParam("limit"), 100);
        int offset = parseInt(ctx.queryParam("offset"), 0);
        String decision = ctx.queryParam("decision");
        if (decision != null && !decision.isBlank() && !List.of("ADMITTED", "RESTRICTED", "REFUSED").contains(decision)) {
            throw ApiException.badRequest("decision must be ADMITTED, RESTRICTED or REFUSED",
                    List.of(new ApiProblem.FieldError("decision", "unknown value")));
        }
        return new DeviceQuery(ctx.queryParam("q"), decision, ctx.queryParam("certificate"), limit, offset);
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("not a number: " + s);
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such device");
        }
    }

    private static JsonNode read(byte[] body) {
        try {
            return READER.read(body);
        } catch (MalformedInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static SitePolicy readPolicy(byte[] body) {
        JsonNode node = read(body);
        try {
            return Json.mapper().treeToValue(node, SitePolicy.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw ApiException.badRequest("not a valid site policy: " + msg.lines().findFirst().orElse(msg));
        }
    }

    static boolean validUrl(String url) {
        try {
            URI u = URI.create(url);
            return u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https")) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
