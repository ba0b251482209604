package org.trustbricks.web.attestation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trustbricks.attestation.Attestation;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.registry.attestation.EndorsementStore;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.registry.auth.User;
import org.trustbricks.web.Json;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** The verifier's JSON API: challenges, evidence, the EAR key, provisioning of endorsements, inspection. */
final class AttestationApi {

    static final String EAR_MEDIA_TYPE = "application/eat+jwt";
    private static final List<String> ACCEPTED = List.of("application/psa-attestation-token",
            "application/eat+cwt; eat_profile=\"tag:psacertified.org,2023:psa#tfm\"", "application/eat-cwt; profile=\"http://arm.com/psa/2.0.0\"",
            "application/cbor", "application/octet-stream", "text/plain (hex or base64)");

    /**
     * The API's JSON mapper with its buffers pooled across threads: requests run on virtual threads, which the default
     * per-thread pool cannot serve, so every evidence response would otherwise allocate fresh buffers.
     */
    private static final ObjectMapper EVIDENCE_JSON = pooledCopy(Json.mapper());

    private AttestationApi() {
    }

    private static ObjectMapper pooledCopy(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setRecyclerPool(JsonRecyclerPools.sharedConcurrentDequePool());
        return copy;
    }

    static void register(RoutesConfig routes, Services services, Supplier<LiveVerifier> live) {
        routes.post("/api/attestation/challenges", ctx -> challenge(ctx, live.get()));
        routes.post("/api/attestation/evidence", ctx -> evidence(ctx, live.get()));
        routes.get("/api/attestation/verifier-key", ctx -> ctx.json(Jwk.of(live.get().verifier().earPublicKey(), live.get().keyId())));
        routes.get("/api/attestation/status", ctx -> status(ctx, live.get()));
        routes.post("/api/attestation/inspect", ctx -> ctx.json(Inspection.of(TokenInput.fromBody(ctx), live.get())));
        routes.put("/api/attestation/endorsements", ctx -> provision(ctx, services, live.get()));
        routes.get("/api/attestation/endorsements", ctx -> {
            User by = Caller.require(ctx, services);
            byte[] doc = permitted(() -> live.get().store().document(by));
            ctx.contentType("application/json").result(doc);
        });
        routes.delete("/api/attestation/endorsements/{implementationId}", ctx -> remove(ctx, services, live.get()));
    }

    private static void challenge(Context ctx, LiveVerifier live) {
        int size = parseSize(ctx.queryParam("size"));
        AttestationNonces.IssuedNonce n = live.nonces().issue(1, size).get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nonce", Base64.getEncoder().encodeToString(n.value()));
        body.put("nonceHex", HexFormat.of().formatHex(n.value()));
        body.put("expiresAt", n.expires().toString());
        body.put("evidence", "/api/attestation/evidence");
        body.put("accept", ACCEPTED);
        ctx.status(201).json(body);
    }

    private static int parseSize(String size) {
        if (size == null) {
            return 32;
        }
        return switch (size) {
            case "32", "48", "64" -> Integer.parseInt(size);
            default -> throw ApiException.badRequest("size must be 32, 48 or 64 (the nonce sizes a PSA token allows)",
                    List.of(new ApiProblem.FieldError("size", "must be 32, 48 or 64")));
        };
    }

    private static void evidence(Context ctx, LiveVerifier live) {
        byte[] token = TokenInput.fromBody(ctx);
        AttestationResult r = live.appraise(token);
        if (r.profile() == null) {
            throw ApiException.badRequest("the evidence is not a readable PSA token: " + String.join("; ", r.reasons()));
        }
        if (r.implementationId() == null || r.instanceId() == null) {
            throw ApiException.unprocessable("the token cannot be appraised: " + String.join("; ", r.reasons()), List.of());
        }
        String ear = live.verifier().signedEar(r);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains(EAR_MEDIA_TYPE)) {
            ctx.contentType(EAR_MEDIA_TYPE).result(ear);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", r.verdict());
        body.put("status", r.status());
        body.put("ear", ear);
        body.put("result", r);
        try {
            ctx.contentType("application/json").result(EVIDENCE_JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an attestation result always serialises", e);
        }
    }

    private static void status(Context ctx, LiveVerifier live) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", live.version());
        body.put("platforms", live.verifier().endorsements().platforms().size());
        body.put("earKeyId", live.keyId());
        body.put("nonceLifetimeSeconds", live.nonces().lifetime().toSeconds());
        body.put("accept", ACCEPTED);
        ctx.json(body);
    }

    private static void provision(Context ctx, Services services, LiveVerifier live) {
        User by = Caller.require(ctx, services);
        if (ctx.contentLength() > EndorsementStore.MAX_DOCUMENT_BYTES) {
            throw ApiException.tooLarge(EndorsementStore.MAX_DOCUMENT_BYTES);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > EndorsementStore.MAX_DOCUMENT_BYTES) {
            throw ApiException.tooLarge(EndorsementStore.MAX_DOCUMENT_BYTES);
        }
        EndorsementStore.Provisioned p;
        try {
            p = permitted(() -> live.store().provision(by, body));
        } catch (MalformedInputException e) {
            throw ApiException.unprocessable("the endorsements are not valid: " + e.getMessage(),
                    List.of(new ApiProblem.FieldError(e.path() == null ? "" : e.path(), e.getMessage())));
        }
        live.refreshIfChanged();
        ctx.json(p);
    }

    private static void remove(Context ctx, Services services, LiveVerifier live) {
        User by = Caller.require(ctx, services);
        byte[] impl = implementationId(ctx.pathParam("implementationId"));
        if (!permitted(() -> live.store().remove(by, impl))) {
            throw ApiException.notFound("no endorsements are provisioned for implementation id " + HexFormat.of().formatHex(impl));
        }
        live.refreshIfChanged();
        ctx.status(204);
    }

    private static byte[] implementationId(String text) {
        try {
            byte[] b = text.matches("[0-9a-fA-F]{64}") ? HexFormat.of().parseHex(text) : Base64.getUrlDecoder().decode(text);
            if (b.length == 32) {
                return b;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.badRequest("the implementation id must be 32 bytes in hex (64 digits) or base64url");
    }

    private static <T, X extends Exception> T permitted(Action<T, X> action) throws X {
        try {
            return action.run();
        } catch (NotPermittedException e) {
            throw ApiException.forbidden(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Action<T, X extends Exception> {
        T run() throws X;
    }
}
