package org.trustbricks.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.FlowCheck;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.fetch.MudFetcher;
import org.trustbricks.web.Json;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** The MUD manager JSON API under {@code /api/mud-manager}: compile, check-flow, fetch and profile. */
final class ManagerApi {

    static final String BASE = "/api/mud-manager";

    private ManagerApi() {
    }

    static void register(RoutesConfig routes, Profiling profiling) {
        routes.post(BASE + "/compile", ctx -> {
            ManagerRequests.CompileRequest r = ManagerInputs.json(ctx, ManagerRequests.CompileRequest.class);
            CompileOutput out = compile(r);
            ctx.json(ManagerRequests.CompileResponse.of(out));
        });
        routes.post(BASE + "/check-flow", ctx -> {
            ManagerRequests.CheckFlowRequest r = ManagerInputs.json(ctx, ManagerRequests.CheckFlowRequest.class);
            ctx.json(checkFlow(r));
        });
        routes.post(BASE + "/fetch", ctx -> {
            CurrentUser.require(ctx);
            ManagerRequests.FetchRequest r = ManagerInputs.json(ctx, ManagerRequests.FetchRequest.class);
            if (r.url() == null || r.url().isBlank() || r.url().length() > 2048) {
                throw ApiException.badRequest("give the MUD URL (https, at most 2048 characters)",
                        org.trustbricks.web.system.ErrorHandling.field("/url", "required"));
            }
            ctx.json(fetch(r.url().strip()));
        });
        routes.post(BASE + "/profile", ctx -> {
            CurrentUser.require(ctx);
            ctx.json(profiling.run(ctx));
        });
    }

    /** Compiles, or a 422 problem carrying the findings when the inputs could not be read. */
    static CompileOutput compile(ManagerRequests.CompileRequest r) {
        CompileOutput out = MudManager.compile(ManagerInputs.mudFiles(r.mudFiles()), ManagerInputs.site(r.site()),
                ManagerInputs.resolver(r.hosts()), ManagerInputs.format(r.format()));
        if (!out.ok()) {
            throw rejected("the MUD files or the site file could not be compiled", out.findings());
        }
        return out;
    }

    /** Decides the flow, or a 422 problem carrying the findings when the inputs could not be read. */
    static FlowCheck checkFlow(ManagerRequests.CheckFlowRequest r) {
        var flow = ManagerInputs.flow(r.flow());
        FlowCheck check = MudManager.checkFlow(ManagerInputs.mudFiles(r.mudFiles()), ManagerInputs.site(r.site()),
                ManagerInputs.resolver(r.hosts()), flow);
        if (check.decision() == null) {
            throw rejected("the MUD files or the site file could not be read", check.findings());
        }
        return check;
    }

    /** Fetches with the fetcher's defaults: https only, public targets only, size and time limits. */
    static ManagerRequests.FetchResponse fetch(String url) {
        MudFetcher fetcher = MudFetcher.create(FetchOptions.defaults());
        FetchResult r = fetcher.fetchMud(url);
        if (!r.ok()) {
            return ManagerRequests.FetchResponse.of(r, "not-fetched");
        }
        FetchResult sig = fetcher.fetchSignature(r.finalUrl(), mudSignature(r.body()));
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.addAll(sig.findings());
        FetchResult merged = new FetchResult(r.requestedUrl(), r.finalUrl(), r.source(), r.body(), r.fetchedAt(),
                r.freshUntil(), findings);
        return ManagerRequests.FetchResponse.of(merged, sig.ok() ? "fetched-unverified" : "absent");
    }

    private static String mudSignature(byte[] body) {
        try {
            JsonNode s = UntrustedJson.withLimits(FetchOptions.defaults().maxMudBytes(), 64).read(body)
                    .path("ietf-mud:mud").path("mud-signature");
            return s.isTextual() ? s.asText() : null;
        } catch (MalformedInputException e) {
            return null;
        }
    }

    private static RejectedInputException rejected(String detail, List<Finding> findings) {
        return RejectedInputException.of(new FindingsProblem(422, "Unprocessable Content", detail,
                findings.stream().filter(Finding::isError).map(f -> new ApiProblem.FieldError(f.path(), f.message())).toList(),
                findings));
    }

    /** A problem document that also carries the findings in full. */
    record FindingsProblem(int status, String title, String detail, List<ApiProblem.FieldError> errors,
            List<Finding> findings) {

        String json() {
            return Json.mapper().valueToTree(this).toString();
        }
    }

    static void answer(RejectedInputException e, Context ctx) {
        ctx.status(e.problem().status()).contentType("application/problem+json").result(e.problem().json());
    }
}
