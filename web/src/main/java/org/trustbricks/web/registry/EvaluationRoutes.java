package org.trustbricks.web.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.workflow.Evaluation;
import org.trustbricks.registry.workflow.Evaluations;
import org.trustbricks.registry.workflow.SubmitRequest;
import org.trustbricks.registry.workflow.Transition;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The evaluation workflow as pages (for people) and JSON (for automation). */
public final class EvaluationRoutes {

    private EvaluationRoutes() {
    }

    /** Adds the routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        Registry registry = Registry.of(services);
        routes.get("/registry/evaluations", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            pages.render(ctx, "registry/evaluations.jte", Map.of("page", Page.of(ctx, "Evaluations", "registry"),
                    "evaluations", registry.evaluations().visibleTo(u), "vendor", u.kind().name().equals("VENDOR")));
        });
        routes.get("/registry/evaluations/new", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            if (!u.kind().name().equals("VENDOR")) {
                throw ApiException.forbidden("only a vendor submits evaluation requests");
            }
            renderNew(ctx, pages, registry, Map.of(), List.of(), 200);
        });
        routes.post("/registry/evaluations", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            if (!u.kind().name().equals("VENDOR")) {
                throw ApiException.forbidden("only a vendor submits evaluation requests");
            }
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            long scheme = Requests.number(ctx.formParam("schemeId"), "schemeId", errors);
            long cb = Requests.number(ctx.formParam("cbId"), "cbId", errors);
            long lab = Requests.number(ctx.formParam("labId"), "labId", errors);
            var file = ctx.uploadedFile("st");
            byte[] st = Requests.upload(file, Evaluations.MAX_ST_BYTES);
            Map<String, String> form = new LinkedHashMap<>();
            for (String f : List.of("product", "productVersion", "parts", "certifiedConfiguration", "assumptions")) {
                form.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
            }
            if (!errors.isEmpty()) {
                renderNew(ctx, pages, registry, form, errors, 422);
                return;
            }
            try {
                Evaluation e = registry.evaluations().submit(u, new SubmitRequest(scheme, cb, lab, form.get("product"),
                        form.get("productVersion"), file == null ? "" : file.filename(), st, lines(form.get("parts")),
                        form.get("certifiedConfiguration"), form.get("assumptions")));
                ctx.redirect("/registry/evaluations/" + e.id());
            } catch (InvalidRequestException ex) {
                renderNew(ctx, pages, registry, form, ex.problems().stream().map(p -> new ApiProblem.FieldError(p.field(), p.message())).toList(), 422);
            }
        });
        routes.get("/registry/evaluations/{id}", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            Evaluation e = registry.evaluations().get(u, Requests.pathId(ctx, "id"));
            pages.render(ctx, "registry/evaluation.jte", Map.of("page", Page.of(ctx, "Evaluation " + e.id(), "registry"),
                    "e", e, "role", u.kind().name(), "audit", registry.audit().about("evaluation/" + e.id())));
        });
        routes.get("/registry/evaluations/{id}/st", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            long id = Requests.pathId(ctx, "id");
            ctx.contentType("text/plain; charset=utf-8").result(registry.evaluations().securityTarget(u, id));
        });
        routes.post("/registry/evaluations/{id}/transitions", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            long id = Requests.pathId(ctx, "id");
            registry.evaluations().transition(u, id, transition(ctx.formParam("action"), "action"), ctx.formParam("text"));
            ctx.redirect("/registry/evaluations/" + id);
        });
        routes.post("/registry/evaluations/{id}/verdicts", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            long id = Requests.pathId(ctx, "id");
            registry.evaluations().recordVerdict(u, id, ctx.formParam("component"), ctx.formParam("workUnit"),
                    ctx.formParam("verdict"), ctx.formParam("evidence"));
            ctx.redirect("/registry/evaluations/" + id);
        });

        routes.get("/api/registry/evaluations", ctx -> ctx.json(registry.evaluations().visibleTo(CurrentUser.require(ctx))));
        routes.post("/api/registry/evaluations", ctx -> {
            User u = org.trustbricks.web.admin.SchemeRoutes.require(ctx, org.trustbricks.registry.auth.OrganisationKind.VENDOR,
                    "only a vendor submits evaluation requests");
            JsonNode b = Requests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            SubmitRequest r = new SubmitRequest(Requests.number(b, "schemeId", errors), Requests.number(b, "cbId", errors),
                    Requests.number(b, "labId", errors), Requests.text(b, "product", errors), Requests.text(b, "productVersion", errors),
                    Requests.text(b, "stFileName", errors), Requests.text(b, "st", errors).getBytes(StandardCharsets.UTF_8),
                    Requests.strings(b, "parts", errors), Requests.text(b, "certifiedConfiguration", errors),
                    Requests.text(b, "assumptions", errors));
            Requests.check(errors);
            ctx.status(201).json(registry.evaluations().submit(u, r));
        });
        routes.get("/api/registry/evaluations/{id}", ctx -> ctx.json(registry.evaluations().get(CurrentUser.require(ctx), Requests.pathId(ctx, "id"))));
        routes.post("/api/registry/evaluations/{id}/transitions", ctx -> {
            User u = CurrentUser.require(ctx);
            long id = Requests.pathId(ctx, "id");
            JsonNode b = Requests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            String action = Requests.text(b, "action", errors);
            String text = Requests.text(b, "text", errors);
            Requests.check(errors);
            ctx.json(registry.evaluations().transition(u, id, transition(action, "/action"), text));
        });
        routes.post("/api/registry/evaluations/{id}/verdicts", ctx -> {
            User u = CurrentUser.require(ctx);
            long id = Requests.pathId(ctx, "id");
            JsonNode b = Requests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            String c = Requests.text(b, "component", errors);
            String w = Requests.text(b, "workUnit", errors);
            String v = Requests.text(b, "verdict", errors);
            String e = Requests.text(b, "evidence", errors);
            Requests.check(errors);
            ctx.json(registry.evaluations().recordVerdict(u, id, c, w, v, e));
        });
    }

    private static Transition transition(String action, String field) {
        String a = action == null ? "" : action.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(Transition.values()).filter(t -> t.name().equals(a)).findFirst().orElseThrow(() ->
                ApiException.badRequest("action must be one of " + Arrays.toString(Transition.values()).toLowerCase(Locale.ROOT),
                        List.of(new ApiProblem.FieldError(field, "unknown action '" + (action == null ? "" : action) + "'"))));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void renderNew(Context ctx, Pages pages, Registry registry, Map<String, String> form,
                                  List<ApiProblem.FieldError> errors, int status) {
        ctx.status(status);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", Page.of(ctx, "Request an evaluation", "registry"));
        model.put("schemes", registry.schemes().list());
        model.put("authorisations", registry.schemes().authorisations());
        model.put("cbs", registry.organisations("CERTIFICATION_BODY"));
        model.put("form", form);
        model.put("errors", errors);
        pages.render(ctx, "registry/evaluation-new.jte", model);
    }
}
