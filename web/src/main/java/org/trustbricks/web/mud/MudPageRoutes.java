package org.trustbricks.web.mud;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The pages of the MUD area (nav key "mud"): validate, build, manufacturers' files, device pages. */
final class MudPageRoutes {

    static final String NAV = "mud";

    private MudPageRoutes() {
    }

    static void register(RoutesConfig routes, MudCatalogue c, MudAccess access, Pages pages) {
        routes.get("/mud", ctx -> landing(ctx, c, access, pages, null, "", "strict", 200));
        routes.post("/mud/validate", ctx -> {
            byte[] content = contentOf(ctx, "content", "file");
            String mode = "lenient".equals(ctx.formParam("mode")) ? "lenient" : "strict";
            MudReport report = c.mud().validate(content, mode.equals("lenient") ? Mode.LENIENT : Mode.STRICT);
            landing(ctx, c, access, pages, report, content.length > 200_000 ? "" : new String(content, StandardCharsets.UTF_8), mode, 200);
        });
        routes.post("/mud/manufacturers", ctx -> {
            User u = LoginRoutes.requirePageUser(ctx);
            if (u.kind() != OrganisationKind.VENDOR) {
                throw ApiException.forbidden("only vendor organisations keep MUD files for their manufacturers");
            }
            Manufacturer m = MudApiRoutes.createManufacturer(c, u, ctx.formParam("name"), ctx.formParam("slug"));
            ctx.redirect("/mud/" + m.slug(), io.javalin.http.HttpStatus.SEE_OTHER);
        });
        BuilderPages.register(routes, c, access, pages);
        ManufacturerPages.register(routes, c, access, pages);
    }

    static void devicePage(Context ctx, MudCatalogue c, MudAccess access, Pages pages, String manufacturer, String model) {
        ManufacturerPages.device(ctx, c, access, pages, manufacturer, model);
    }

    private static void landing(Context ctx, MudCatalogue c, MudAccess access, Pages pages, MudReport report, String source,
                                String mode, int status) {
        User u = access.user(ctx).orElse(null);
        List<Manufacturer> mine = u == null ? List.of() : u.kind() == OrganisationKind.SCHEME_OWNER ? c.files().manufacturers()
                : c.files().manufacturersOf(u.organisationId());
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "MUD files", NAV));
        model.put("report", report);
        model.put("source", source);
        model.put("mode", mode);
        model.put("manufacturers", mine);
        model.put("canRegister", u != null && u.kind() == OrganisationKind.VENDOR);
        ctx.status(status);
        pages.render(ctx, "mud/index.jte", model);
    }

    /** The bytes of an uploaded file, or else of a text field (at most the MUD size limit). */
    static byte[] contentOf(Context ctx, String field, String fileField) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(fileField) : null;
        if (file != null && file.size() > 0) {
            if (file.size() > MudValidator.MAX_BYTES) {
                throw ApiException.tooLarge(MudValidator.MAX_BYTES);
            }
            try (InputStream in = file.content()) {
                return in.readNBytes(MudValidator.MAX_BYTES + 1);
            } catch (IOException e) {
                throw ApiException.badRequest("the uploaded file could not be read");
            }
        }
        String text = ctx.formParam(field);
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MudValidator.MAX_BYTES) {
            throw ApiException.tooLarge(MudValidator.MAX_BYTES);
        }
        return bytes;
    }

    /** Findings of a rejected change, for showing inline. */
    static List<Finding> findings(MudRejection r) {
        return new ArrayList<>(r.body().findings());
    }

    static String versionLink(MudVersion v) {
        return "/mud/" + v.manufacturerSlug() + "/" + v.modelSlug();
    }
}
