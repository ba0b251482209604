package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.FlowCheck;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.registry.mudmanager.DeviceIndex;
import org.trustbricks.web.Json;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;

/** The MUD manager JSON API under {@code /api/mud-manager}: compile, check-flow, fetch (and verify) and profile. */
final class ManagerApi {

    static final String BASE = "/api/mud-manager";

    private ManagerApi() {
    }

    static void register(RoutesConfig routes, Profiling profiling, FetchChecks fetch, DeviceIndex index) {
        routes.post(BASE + "/compile", ctx -> {
            ManagerRequests.CompileRequest r = ManagerInputs.json(ctx, ManagerRequests.CompileRequest.class);
            boolean indexed = Boolean.TRUE.equals(r.deviceIndex());
            if (indexed) {
                Administrators.require(ctx);
            }
            CompileOutput out = compile(r, indexed ? index : null);
            ctx.json(ManagerRequests.CompileResponse.of(out));
        });
        routes.post(BASE + "/check-flow", ctx -> {
            ManagerRequests.CheckFlowRequest r = ManagerInputs.json(ctx, ManagerRequests.CheckFlowRequest.class);
            ctx.json(checkFlow(r));
        });
        routes.post(BASE + "/fetch", ctx -> {
            CurrentUser.require(ctx);
            ctx.json(fetch.check(ManagerInputs.json(ctx, FetchChecks.Question.class), ctx));
        });
        routes.post(BASE + "/profile", ctx -> {
            CurrentUser.require(ctx);
            ctx.json(profiling.run(ctx));
        });
    }

    /**
     * Compiles, or a 422 problem carrying the findings when the inputs could not be read. With an {@code index}, the
     * devices stored for the site (named by the site file) join those the site file lists.
     */
    static CompileOutput compile(ManagerRequests.CompileRequest r, DeviceIndex index) {
        byte[] site = ManagerInputs.site(r.site());
        CompileOutput out = MudManager.compile(ManagerInputs.mudFiles(r.mudFiles()), site,
                index == null ? List.of() : DeviceIndexRoutes.siteDevices(index, site),
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

    static RejectedInputException rejected(String detail, List<Finding> findings) {
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
