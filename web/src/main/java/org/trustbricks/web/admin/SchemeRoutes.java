package org.trustbricks.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.imports.ImportFormat;
import org.trustbricks.registry.imports.Imports;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.registry.Registry;
import org.trustbricks.web.registry.RegistryRequests;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.ui.Pages;

/**
 * Scheme administration: schemes (scheme owner), laboratory authorisations and recognition agreements (CBs),
 * the audit log and registry imports (scheme owner). Lists of schemes, authorisations and agreements are public.
 */
public final class SchemeRoutes {

    private SchemeRoutes() {
    }

    /** Adds the routes. */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        Registry registry = Registry.of(services);
        routes.get("/api/registry/schemes", ctx -> ctx.json(registry.schemes().list()));
        routes.post("/api/registry/schemes", ctx -> {
            User u = require(ctx, OrganisationKind.SCHEME_OWNER, "only a scheme owner creates schemes");
            JsonNode b = RegistryRequests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            String code = RegistryRequests.text(b, "code", errors);
            String name = RegistryRequests.text(b, "name", errors);
            RegistryRequests.check(errors);
            ctx.status(201).json(registry.schemes().create(u, code, name));
        });
        routes.get("/api/registry/organisations", ctx -> ctx.json(registry.organisations(ctx.queryParam("kind"))));
        routes.get("/api/registry/authorisations", ctx -> ctx.json(registry.schemes().authorisations()));
        routes.post("/api/registry/authorisations", ctx -> {
            User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body authorises laboratories");
            JsonNode b = RegistryRequests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            long lab = RegistryRequests.number(b, "labId", errors);
            long scheme = RegistryRequests.number(b, "schemeId", errors);
            RegistryRequests.check(errors);
            ctx.status(201).json(registry.schemes().authorise(u, lab, scheme));
        });
        routes.post("/api/registry/authorisations/revocation", ctx -> {
            User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body withdraws authorisations");
            JsonNode b = RegistryRequests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            long lab = RegistryRequests.number(b, "labId", errors);
            long scheme = RegistryRequests.number(b, "schemeId", errors);
            RegistryRequests.check(errors);
            registry.schemes().revoke(u, lab, scheme);
            ctx.status(204);
        });
        routes.get("/api/registry/recognitions", ctx -> ctx.json(registry.schemes().recognitions()));
        routes.post("/api/registry/recognitions", ctx -> {
            User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body makes recognition agreements");
            JsonNode b = RegistryRequests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            long cb = RegistryRequests.number(b, "recognisedCbId", errors);
            long scheme = RegistryRequests.number(b, "schemeId", errors);
            var from = RegistryRequests.date(RegistryRequests.text(b, "from", errors), "/from", errors);
            var until = RegistryRequests.date(RegistryRequests.text(b, "until", errors), "/until", errors);
            RegistryRequests.check(errors);
            ctx.status(201).json(registry.schemes().recognise(u, cb, scheme, from, until));
        });
        routes.post("/api/registry/recognitions/{id}/end", ctx -> {
            User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body ends recognition agreements");
            long id = RegistryRequests.pathId(ctx, "id");
            registry.schemes().ownRecognition(u, id);
            JsonNode b = RegistryRequests.json(ctx);
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            var until = RegistryRequests.date(RegistryRequests.text(b, "until", errors), "/until", errors);
            RegistryRequests.check(errors);
            ctx.json(registry.schemes().end(u, id, until));
        });
        routes.get("/api/audit", ctx -> {
            requireOwner(CurrentUser.require(ctx));
            ctx.json(registry.audit().recent(200));
        });
        routes.get("/api/audit/verification", ctx -> {
            requireOwner(CurrentUser.require(ctx));
            ctx.json(registry.audit().verify());
        });
        routes.post("/api/registry/imports", ctx -> {
            User u = CurrentUser.require(ctx);
            requireOwner(u);
            ImportFormat format = ImportFormat.named(ctx.queryParam("format")).orElseThrow(() -> ApiException.badRequest(
                    "format must be cc, eucc or sesip", List.of(new ApiProblem.FieldError("format", "format must be cc, eucc or sesip"))));
            byte[] body = RegistryRequests.limited(ctx, Imports.MAX_BYTES);
            ctx.json(registry.imports().importFile(format, body, Schemes.actor(u)));
        });
        SchemePages.register(routes, registry, pages, services.clock());
    }

    /** The signed-in user when their organisation is of the kind (403 otherwise, 401 when anonymous). */
    public static User require(io.javalin.http.Context ctx, OrganisationKind kind, String reason) {
        User u = CurrentUser.require(ctx);
        if (u.kind() != kind) {
            throw ApiException.forbidden(reason);
        }
        return u;
    }

    private static void requireOwner(User u) {
        if (u.kind() != OrganisationKind.SCHEME_OWNER) {
            throw ApiException.forbidden("only the scheme owner may do this");
        }
    }
}
