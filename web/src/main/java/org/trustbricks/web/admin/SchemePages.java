package org.trustbricks.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.registry.Registry;
import org.trustbricks.web.registry.RegistryRequests;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * The scheme administration page: everyone signed in sees schemes, authorisations and agreements; a certification
 * body authorises and withdraws its laboratories and makes and ends its own recognition agreements; the scheme owner
 * creates schemes. Forms post back to the page (no script needed) and call the same {@link Schemes} methods as the API.
 */
final class SchemePages {

    static final String PAGE = "/registry/scheme";
    private static final Map<String, String> DONE = Map.of(
            "authorised", "The laboratory is authorised for the scheme.",
            "withdrawn", "The laboratory's authorisation is withdrawn.",
            "recognised", "The recognition agreement is in force from its first day.",
            "ended", "The recognition agreement now ends on the day you chose.",
            "created", "The scheme is created.");

    private final Registry registry;
    private final Pages pages;
    private final Clock clock;

    private SchemePages(Registry registry, Pages pages, Clock clock) {
        this.registry = registry;
        this.pages = pages;
        this.clock = clock;
    }

    static void register(RoutesConfig routes, Registry registry, Pages pages, Clock clock) {
        SchemePages p = new SchemePages(registry, pages, clock);
        routes.get(PAGE, ctx -> p.render(ctx, LoginRoutes.requirePageUser(ctx), SchemeForm.none(), 200));
        routes.post(PAGE + "/authorisations", p::authorise);
        routes.post(PAGE + "/authorisations/withdrawal", p::withdraw);
        routes.post(PAGE + "/recognitions", p::recognise);
        routes.post(PAGE + "/recognitions/{id}/end", p::end);
        routes.post(PAGE + "/schemes", p::createScheme);
    }

    private void authorise(Context ctx) {
        User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body authorises laboratories");
        SchemeForm f = SchemeForm.read(ctx, "authorise", List.of("labId", "schemeId"));
        long lab = id(f, "labId", "Choose a laboratory.");
        long scheme = id(f, "schemeId", "Choose a scheme.");
        submit(ctx, u, f, "authorised#authorisations", () -> registry.schemes().authorise(u, lab, scheme));
    }

    private void withdraw(Context ctx) {
        User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body withdraws authorisations");
        SchemeForm f = SchemeForm.read(ctx, "withdraw", List.of("labId", "schemeId"));
        long lab = id(f, "labId", "labId must be a laboratory id");
        long scheme = id(f, "schemeId", "schemeId must be a scheme id");
        if (!f.errors().isEmpty()) {
            throw ApiException.badRequest("the withdrawal form is malformed: " + String.join("; ", f.errors().values()));
        }
        if (!registry.schemes().revoke(u, lab, scheme)) {
            throw ApiException.notFound(u.organisationName() + " has no live authorisation of laboratory " + lab + " for scheme " + scheme);
        }
        ctx.redirect(PAGE + "?done=withdrawn#authorisations", HttpStatus.SEE_OTHER);
    }

    private void recognise(Context ctx) {
        User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body makes recognition agreements");
        SchemeForm f = SchemeForm.read(ctx, "recognise", List.of("recognisedCbId", "schemeId", "from", "until"));
        long cb = id(f, "recognisedCbId", "Choose the certification body whose certificates you recognise.");
        long scheme = id(f, "schemeId", "Choose a scheme.");
        LocalDate from = date(f, "from", true);
        LocalDate until = date(f, "until", false);
        submit(ctx, u, f, "recognised#recognitions", () -> registry.schemes().recognise(u, cb, scheme, from, until));
    }

    private void end(Context ctx) {
        User u = require(ctx, OrganisationKind.CERTIFICATION_BODY, "only a certification body ends recognition agreements");
        long id = RegistryRequests.pathId(ctx, "id");
        registry.schemes().ownRecognition(u, id);
        SchemeForm f = SchemeForm.read(ctx, "end-" + id, List.of("until"));
        LocalDate until = date(f, "until", true);
        submit(ctx, u, f, "ended#recognitions", () -> registry.schemes().end(u, id, until));
    }

    private void createScheme(Context ctx) {
        User u = require(ctx, OrganisationKind.SCHEME_OWNER, "only a scheme owner creates schemes");
        SchemeForm f = SchemeForm.read(ctx, "scheme", List.of("code", "name"));
        submit(ctx, u, f, "created#schemes", () -> registry.schemes().create(u, f.value("code"), f.value("name")));
    }

    /** Runs the change unless the form already has errors; shows the page again with 422 when anything is wrong. */
    private void submit(Context ctx, User u, SchemeForm f, String done, Runnable change) {
        if (f.errors().isEmpty()) {
            try {
                change.run();
                ctx.redirect(PAGE + "?done=" + done, HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidRequestException e) {
                f.reject(e);
            }
        }
        render(ctx, u, f, 422);
    }

    private void render(Context ctx, User u, SchemeForm form, int status) {
        Schemes schemes = registry.schemes();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", Page.of(ctx, "Scheme", "registry"));
        model.put("view", new SchemeView(u.kind().name(), u.organisationId(), schemes.list(), schemes.organisations("LABORATORY"),
                schemes.organisations("CERTIFICATION_BODY"), schemes.authorisations(), schemes.recognitions(),
                LocalDate.now(clock).toString(), status == 200 ? DONE.getOrDefault(String.valueOf(ctx.queryParam("done")), "") : ""));
        model.put("form", form);
        ctx.status(status);
        pages.render(ctx, "admin/scheme.jte", model);
    }

    private static User require(Context ctx, OrganisationKind kind, String reason) {
        User u = LoginRoutes.requirePageUser(ctx);
        if (u.kind() != kind) {
            throw ApiException.forbidden(reason);
        }
        return u;
    }

    private static long id(SchemeForm f, String field, String message) {
        try {
            long v = Long.parseLong(f.value(field));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        f.reject(field, message);
        return -1;
    }

    private static LocalDate date(SchemeForm f, String field, boolean required) {
        if (required && f.value(field).isEmpty()) {
            f.reject(field, field + " is required");
            return null;
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        LocalDate d = RegistryRequests.date(f.value(field), field, errors);
        errors.forEach(e -> f.reject(field, e.message()));
        return d;
    }
}
