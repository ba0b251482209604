package org.trustbricks.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.registry.mudmanager.DeviceIndex;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The pages "Compile and what-if" at {@code /mud-manager} and the upload form "Profile captures" at {@code /mud-manager/profile}. */
final class ManagerPages {

    static final String NAV = "mud";
    private static final String EXAMPLE_SITE = resource("/manager/site.yaml");
    private static final String EXAMPLE_MUD = resource("/manager/bulb-2000.json");

    private ManagerPages() {
    }

    static void register(RoutesConfig routes, Pages pages, DeviceIndex index) {
        routes.get("/mud-manager", ctx -> pages.render(ctx, "manager/compile.jte", Map.of(
                "page", Page.of(ctx, "Compile and what-if", NAV), "mud", EXAMPLE_MUD, "site", EXAMPLE_SITE)));
        routes.post("/mud-manager/compile", ctx -> {
            Map<String, Object> model = new HashMap<>();
            try {
                if (ctx.formParam("deviceIndex") != null) {
                    Administrators.require(ctx);
                }
                var out = ManagerApi.compile(new ManagerRequests.CompileRequest(mudFiles(ctx), ctx.formParam("site"),
                        ctx.formParam("format"), Map.of(), null), ctx.formParam("deviceIndex") != null ? index : null);
                model.put("result", ManagerRequests.CompileResponse.of(out));
                model.put("text", out.format() == org.trustbricks.mudmanager.RenderFormat.JSON
                        ? org.trustbricks.web.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out.rules())
                        : out.ruleset());
                model.put("error", "");
                model.put("findings", out.findings());
            } catch (ApiException | RejectedInputException e) {
                model.put("result", null);
                model.put("text", "");
                model.put("error", e.getMessage());
                model.put("findings", findings(e));
            }
            pages.render(ctx, "manager/rules.jte", model);
        });
        routes.post("/mud-manager/check-flow", ctx -> {
            Map<String, Object> model = new HashMap<>();
            try {
                var q = new ManagerRequests.FlowQuestion(ctx.formParam("device"), ctx.formParam("direction"),
                        ctx.formParam("peer"), ctx.formParam("protocol"), port(ctx, "srcPort"), port(ctx, "dstPort"),
                        ctx.formParam("initiatedBy"));
                var check = ManagerApi.checkFlow(new ManagerRequests.CheckFlowRequest(mudFiles(ctx), ctx.formParam("site"), q, Map.of()));
                model.put("decision", check.decision());
                model.put("error", "");
                model.put("findings", check.findings());
            } catch (ApiException | RejectedInputException e) {
                model.put("decision", null);
                model.put("error", e.getMessage());
                model.put("findings", findings(e));
            }
            pages.render(ctx, "manager/answer.jte", model);
        });
        routes.get("/mud-manager/profile", ctx -> {
            LoginRoutes.requirePageUser(ctx);
            pages.render(ctx, "manager/profile.jte", profileModel(ctx, ""));
        });
    }

    /** The upload page's model, with an error to show (or none). */
    static Map<String, Object> profileModel(Context ctx, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Profile captures", NAV));
        model.put("error", error);
        model.put("maxMb", Profiling.MAX_CAPTURE >> 20);
        return model;
    }

    /** The pasted MUD file (an object) or files (an array of objects). */
    private static List<JsonNode> mudFiles(Context ctx) {
        String text = ctx.formParam("mud");
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("paste at least one MUD file");
        }
        JsonNode node;
        try {
            node = UntrustedJson.withLimits(ManagerInputs.MAX_BODY, 64).read(text.getBytes(StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the MUD file is not JSON: " + e.getMessage()
                    + (e.path() == null || e.path().isEmpty() ? "" : " at " + e.path()));
        }
        List<JsonNode> files = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(files::add);
        } else {
            files.add(node);
        }
        return files;
    }

    private static Integer port(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field + " must be a number from 0 to 65535");
        }
    }

    private static List<Finding> findings(RuntimeException e) {
        return e instanceof RejectedInputException r ? r.problem().findings() : List.of();
    }

    private static String resource(String name) {
        try (InputStream in = ManagerPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
