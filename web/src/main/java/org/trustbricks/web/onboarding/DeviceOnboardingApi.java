package org.trustbricks.web.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import java.time.Instant;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.NetworkPolicy;
import org.trustbricks.onboarding.Reason;
import org.trustbricks.registry.onboarding.DeviceRecord;
import org.trustbricks.registry.onboarding.Onboarding;
import org.trustbricks.registry.onboarding.OnboardingRequest;
import org.trustbricks.registry.onboarding.OnboardingResult;
import org.trustbricks.registry.onboarding.OnboardingService;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/**
 * {@code POST /api/onboarding/devices}: a device, or a gateway on its behalf, presents its evidence (a PSA token for
 * a nonce from {@code /api/attestation/challenges}) and its MUD URL or 802.1AR certificate. The evidence is what
 * authenticates the request: no account is needed, and nothing is admitted without it.
 */
final class DeviceOnboardingApi {

    static final int MAX_BODY = 64 * 1024;
    private static final UntrustedJson READER = UntrustedJson.withLimits(MAX_BODY, 8);

    private final Supplier<OnboardingService> service;
    private final String publicUrl;

    DeviceOnboardingApi(Supplier<OnboardingService> service, String publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/onboarding/devices", this::onboard);
    }

    private void onboard(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) {
            throw ApiException.tooLarge(MAX_BODY);
        }
        JsonNode json;
        try {
            json = READER.read(body);
        } catch (MalformedInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        byte[] token = binary(json, "token", errors, true);
        byte[] certificate = binary(json, "deviceCertificate", errors, false);
        String mudUrl = text(json, "mudUrl");
        if (mudUrl == null && certificate == null) {
            errors.add(new ApiProblem.FieldError("/mudUrl", "give the device's MUD URL or its 802.1AR certificate"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the onboarding request is incomplete", errors);
        }
        OnboardingRequest request = new OnboardingRequest(text(json, "name"), text(json, "mac"), text(json, "address"),
                token, mudUrl, certificate);
        OnboardingResult result = service.get().onboard(request, ownAuthorities(ctx, publicUrl));
        ctx.json(response(result));
    }

    /** The JSON answer for a decision; the enforced rules are given once, as {@code rules}, not again in the device. */
    static Map<String, Object> response(OnboardingResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", result.decision().decision());
        out.put("network", result.decision().network());
        out.put("reasons", result.decision().reasons());
        out.put("attestation", result.attestation());
        out.put("mudFindings", result.mudFindings());
        out.put("rules", result.rules());
        out.put("device", result.device() == null ? null : DecidedDevice.of(result.device()));
        return out;
    }

    /** The inventory entry in a decision's answer: {@link DeviceRecord} without its rules, which the answer carries. */
    record DecidedDevice(long id, String name, String mac, String instanceId, String implementationId,
                         String certificateId, String mudUrl, String mudVersion, Decision decision,
                         NetworkPolicy networkPolicy, List<Reason> reasons, Instant lastAttestedAt, Instant updatedAt) {

        static DecidedDevice of(DeviceRecord d) {
            return new DecidedDevice(d.id(), d.name(), d.mac(), d.instanceId(), d.implementationId(), d.certificateId(),
                    d.mudUrl(), d.mudVersion(), d.decision(), d.networkPolicy(), d.reasons(), d.lastAttestedAt(), d.updatedAt());
        }
    }

    static Set<String> ownAuthorities(Context ctx, String publicUrl) {
        Set<String> own = new java.util.HashSet<>();
        String host = ctx.header("Host");
        if (host != null) {
            own.add(host.toLowerCase(java.util.Locale.ROOT));
        }
        if (publicUrl != null) {
            own.add(Onboarding.authority(publicUrl));
        }
        // Hosted files are named after the local port when no https public URL is set (see MudLocations).
        int port = ctx.port();
        own.add("localhost:" + port);
        own.add("127.0.0.1:" + port);
        own.add("[::1]:" + port);
        return own;
    }

    static String text(JsonNode json, String field) {
        JsonNode n = json.path(field);
        return n.isTextual() && !n.asText().isBlank() ? n.asText().trim() : null;
    }

    /** Base64 (standard or URL-safe), hex, or PEM for certificates. */
    static byte[] binary(JsonNode json, String field, List<ApiProblem.FieldError> errors, boolean required) {
        String s = text(json, field);
        if (s == null) {
            if (required) {
                errors.add(new ApiProblem.FieldError("/" + field, "required"));
            }
            return null;
        }
        try {
            if (s.startsWith("-----BEGIN")) {
                s = s.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                return Base64.getDecoder().decode(s);
            }
            if (s.matches("(?i)[0-9a-f]+") && s.length() % 2 == 0) {
                return HexFormat.of().parseHex(s);
            }
            return s.contains("-") || s.contains("_") ? Base64.getUrlDecoder().decode(s) : Base64.getDecoder().decode(s.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.FieldError("/" + field, "not base64, hex or PEM"));
            return null;
        }
    }
}
