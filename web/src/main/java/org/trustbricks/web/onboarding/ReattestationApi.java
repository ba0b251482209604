package org.trustbricks.web.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.registry.onboarding.AttestationState;
import org.trustbricks.registry.onboarding.AttestationStates;
import org.trustbricks.registry.onboarding.DeviceQuery;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.OnboardingRequest;
import org.trustbricks.registry.onboarding.ReattestationAnswers;
import org.trustbricks.registry.onboarding.Reattestations;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/**
 * Re-attestation over HTTP: administrators ask one device or a filtered set to attest again; a device (or its
 * gateway) polls for its request with its instance id and answers with evidence over the request's nonce. The
 * evidence authenticates the answer, so the device routes need no account.
 */
final class ReattestationApi {

    private static final UntrustedJson READER = UntrustedJson.withLimits(DeviceOnboardingApi.MAX_BODY, 8);

    private final Supplier<Reattestations> requests;
    private final Supplier<ReattestationAnswers> answers;
    private final Devices devices;
    private final AttestationStates states;
    private final String publicUrl;

    ReattestationApi(Supplier<Reattestations> requests, Supplier<ReattestationAnswers> answers, Devices devices,
                     AttestationStates states, String publicUrl) {
        this.requests = requests;
        this.answers = answers;
        this.devices = devices;
        this.states = states;
        this.publicUrl = publicUrl;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/onboarding/devices/{id}/reattestation", ctx -> {
            var user = OnboardingRoutes.requireAdministrator(ctx);
            ctx.status(201).json(requestOne(ctx, user.email()));
        });
        routes.get("/api/onboarding/devices/{id}/reattestations", ctx -> {
            OnboardingRoutes.requireAdministrator(ctx);
            long id = id(ctx);
            devices.find(id).orElseThrow(() -> ApiException.notFound("no device " + id));
            ctx.json(Map.of("status", states.of(List.of(id)).get(id), "requests", requests.get().forDevice(id, 50)));
        });
        routes.post("/api/onboarding/reattestations", ctx -> {
            var user = OnboardingRoutes.requireAdministrator(ctx);
            JsonNode body = read(ctx);
            DeviceQuery q = new DeviceQuery(DeviceOnboardingApi.text(body, "q"), decision(DeviceOnboardingApi.text(body, "decision"), "/decision"),
                    DeviceOnboardingApi.text(body, "certificate"), 1, 0);
            AttestationState state = state(DeviceOnboardingApi.text(body, "attestation"), "/attestation");
            ctx.json(Map.of("issued", requests.get().requestMatching(q, state, user.email())));
        });
        routes.get("/api/onboarding/reattestation", this::poll);
        routes.post("/api/onboarding/reattestations/{id}/evidence", this::answer);
    }

    Object requestOne(Context ctx, String by) {
        long id = id(ctx);
        devices.find(id).orElseThrow(() -> ApiException.notFound("no device " + id));
        return requests.get().request(id, by).orElseThrow(() -> ApiException.conflict(
                "the device's previous request has just run out of time and is being closed; ask again in a minute"));
    }

    private void poll(Context ctx) {
        String instance = ctx.queryParam("instanceId");
        if (instance == null || !instance.matches("[0-9A-Fa-f]{2,128}")) {
            throw ApiException.badRequest("give the device's attested instance id in hex",
                    List.of(new ApiProblem.FieldError("instanceId", "not hex (2 to 128 digits)")));
        }
        var pending = requests.get().pendingFor(instance);
        if (pending.isEmpty()) {
            ctx.status(204);
            return;
        }
        var r = pending.get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requestId", r.id());
        out.put("nonce", r.nonce());
        out.put("issuedAt", r.issuedAt());
        out.put("dueBy", r.dueBy());
        out.put("answer", "/api/onboarding/reattestations/" + r.id() + "/evidence");
        ctx.json(out);
    }

    private void answer(Context ctx) {
        long id = id(ctx);
        JsonNode json = read(ctx);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        byte[] token = DeviceOnboardingApi.binary(json, "token", errors, true);
        byte[] certificate = DeviceOnboardingApi.binary(json, "deviceCertificate", errors, false);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the answer is incomplete", errors);
        }
        var evidence = new OnboardingRequest(DeviceOnboardingApi.text(json, "name"), DeviceOnboardingApi.text(json, "mac"),
                DeviceOnboardingApi.text(json, "address"), token, DeviceOnboardingApi.text(json, "mudUrl"), certificate);
        var a = answers.get().answer(id, evidence, DeviceOnboardingApi.ownAuthorities(ctx, publicUrl));
        switch (a.outcome()) {
            case DECIDED -> {
                Map<String, Object> out = DeviceOnboardingApi.response(a.result());
                out.put("request", a.request());
                ctx.json(out);
            }
            case NOT_FOUND -> throw ApiException.notFound(a.message());
            case CLOSED, WRONG_DEVICE, WRONG_NONCE -> throw ApiException.conflict(a.message());
            case NOT_VERIFIED -> throw ApiException.unprocessable(a.message(),
                    List.of(new ApiProblem.FieldError("/token", "does not verify")));
        }
    }

    private static JsonNode read(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > DeviceOnboardingApi.MAX_BODY) {
            throw ApiException.tooLarge(DeviceOnboardingApi.MAX_BODY);
        }
        try {
            return READER.read(body);
        } catch (MalformedInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static String decision(String value, String field) {
        if (value != null && !List.of("ADMITTED", "RESTRICTED", "REFUSED").contains(value)) {
            throw ApiException.badRequest("decision must be ADMITTED, RESTRICTED or REFUSED",
                    List.of(new ApiProblem.FieldError(field, "unknown value")));
        }
        return value;
    }

    static AttestationState state(String value, String field) {
        try {
            return AttestationState.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("attestation must be CURRENT, PENDING or OVERDUE",
                    List.of(new ApiProblem.FieldError(field, "unknown value")));
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such device or request");
        }
    }
}
