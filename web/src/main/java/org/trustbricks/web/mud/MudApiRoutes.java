package org.trustbricks.web.mud;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mode;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.ModelSummary;
import org.trustbricks.registry.mud.MudConflictException;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** The MUD JSON API under {@code /api/mud}; see openapi.yaml for the contract. */
final class MudApiRoutes {

    private static final String M = "/api/mud/manufacturers/{manufacturer}";
    private static final String MODEL = M + "/models/{model}";
    private static final String VERSION = MODEL + "/versions/{version}";

    private MudApiRoutes() {
    }

    static void register(RoutesConfig routes, MudCatalogue c, MudAccess access, DeviceCertificates devices) {
        routes.post("/api/mud/validate", ctx -> ctx.json(c.mud().validate(Bodies.bytes(ctx), mode(ctx))));
        routes.post("/api/mud/repair", ctx -> ctx.json(c.mud().repair(Bodies.bytes(ctx))));
        routes.post("/api/mud/render", ctx -> {
            try {
                ctx.contentType("image/svg+xml").result(c.mud().renderSvg(Bodies.bytes(ctx)));
            } catch (MalformedInputException e) {
                throw ApiException.unprocessable("the body is not a MUD file: " + e.getMessage(), ErrorHandling.field(e.path() == null ? "" : e.path(), e.getMessage()));
            }
        });
        routes.get("/api/mud/manufacturers", ctx -> {
            User u = access.require(ctx);
            List<Manufacturer> list = u.kind() == OrganisationKind.SCHEME_OWNER ? c.files().manufacturers()
                    : c.files().manufacturersOf(u.organisationId());
            ctx.json(new ApiRecords.Items<>(list.stream().map(m -> ApiRecords.ManufacturerView.of(m, Views.signer(c, m))).toList()));
        });
        routes.post("/api/mud/manufacturers", ctx -> {
            User u = access.requireVendor(ctx);
            ApiRecords.ManufacturerRequest r = Bodies.json(ctx, ApiRecords.ManufacturerRequest.class);
            Manufacturer m = createManufacturer(c, u, r.name(), r.slug());
            ctx.status(201).header("Location", "/api/mud/manufacturers/" + m.slug()).json(ApiRecords.ManufacturerView.of(m, null));
        });
        routes.get(M, ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            access.requireReader(ctx, m);
            ctx.json(ApiRecords.ManufacturerView.of(m, Views.signer(c, m)));
        });
        routes.get(M + "/signer", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            access.requireReader(ctx, m);
            SignerView s = Views.signer(c, m);
            if (s == null) {
                throw ApiException.notFound(m.name() + " has no MUD signer yet");
            }
            ctx.json(s);
        });
        routes.post(M + "/signer", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            ApiRecords.SignerRequest r = Bodies.json(ctx, ApiRecords.SignerRequest.class);
            String mode = r.mode() == null ? "" : r.mode().toLowerCase(Locale.ROOT);
            var stored = switch (mode) {
                case "generate" -> c.signers().generate(m, u);
                case "upload" -> c.signers().upload(m, u, r.certificatePem(), r.keyPem(), r.keyPassword(), r.chainPem(), r.trustAnchorPem());
                case "pkcs11" -> c.signers().pkcs11(m, u, r.alias(), r.trustAnchorPem());
                default -> throw ApiException.badRequest("mode must be generate, upload or pkcs11", ErrorHandling.field("/mode", "unknown mode"));
            };
            ctx.status(201).json(SignerView.of(stored));
        });
        routes.get(M + "/models", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            access.requireReader(ctx, m);
            ctx.json(new ApiRecords.Items<>(c.files().models(m.id()).stream().map(s -> Views.model(ctx, c, m, s, false)).toList()));
        });
        routes.get(MODEL, ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            ModelSummary s = model(c, m, ctx.pathParam("model"));
            boolean reader = MudAccess.canRead(access.user(ctx).orElse(null), m);
            if (!reader && !s.published()) {
                throw ApiException.notFound("there is no published model \"" + s.slug() + "\" of " + m.name());
            }
            ctx.json(Views.model(ctx, c, m, s, reader));
        });
        routes.post(MODEL + "/build", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            String model = Slugs.require("model", ctx.pathParam("model"));
            MudVersion v = c.build(ctx, u, m, model, Bodies.json(ctx, BuildRequest.class));
            ctx.status(201).header("Location", versionPath(v)).json(VersionView.of(v));
        });
        routes.post(MODEL + "/upload", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            String model = Slugs.require("model", ctx.pathParam("model"));
            MudVersion v = c.upload(ctx, u, m, model, Bodies.bytes(ctx), flag(ctx, "repair"), flag(ctx, "adoptUrl"));
            ctx.status(201).header("Location", versionPath(v)).json(VersionView.of(v));
        });
        routes.post(MODEL + "/device-certificate", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            access.requireOwner(ctx, m);
            String model = Slugs.require("model", ctx.pathParam("model"));
            ApiRecords.DeviceCertificateRequest r = Bodies.json(ctx, ApiRecords.DeviceCertificateRequest.class);
            String pem = devices.issue(m, c.locations().mudUrl(ctx, m.slug(), model), r.publicKeyPem(), r.serialNumber());
            ctx.status(201).contentType("application/pem-certificate-chain").result(pem);
        });
        routes.get(VERSION, ctx -> ctx.json(VersionView.of(version(ctx, c, access))));
        routes.get(VERSION + "/file", ctx -> ctx.contentType(HostedFiles.MUD_TYPE).result(version(ctx, c, access).content()));
        routes.post(VERSION + "/publish", ctx -> {
            Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
            User u = access.requireOwner(ctx, m);
            var p = c.publish(ctx, u, m, model(c, m, ctx.pathParam("model")).slug(), versionNumber(ctx));
            ctx.json(Views.publication(ctx, c, m, p));
        });
    }

    static Manufacturer createManufacturer(MudCatalogue c, User u, String name, String slug) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.badRequest("name the manufacturer (1-200 characters)", ErrorHandling.field("/name", "required"));
        }
        String s = slug == null || slug.isBlank() ? Slugs.from(name) : slug;
        Slugs.require("/slug", s);
        if (Slugs.RESERVED.contains(s)) {
            throw ApiException.conflict("\"" + s + "\" is reserved for the service's own pages; choose another");
        }
        try {
            return c.files().createManufacturer(u, s, name.strip());
        } catch (MudConflictException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    private static MudVersion version(Context ctx, MudCatalogue c, MudAccess access) {
        Manufacturer m = c.manufacturer(ctx.pathParam("manufacturer"));
        access.requireReader(ctx, m);
        String model = ctx.pathParam("model");
        int n = versionNumber(ctx);
        return (Slugs.valid(model) ? c.files().version(m.slug(), model, n) : java.util.Optional.<MudVersion>empty())
                .orElseThrow(() -> ApiException.notFound("there is no version " + n + " of " + m.slug() + "/" + model));
    }

    static ModelSummary model(MudCatalogue c, Manufacturer m, String model) {
        return (Slugs.valid(model) ? c.files().model(m.slug(), model) : java.util.Optional.<ModelSummary>empty())
                .orElseThrow(() -> ApiException.notFound("there is no model \"" + model + "\" of " + m.name()));
    }

    private static int versionNumber(Context ctx) {
        try {
            int n = Integer.parseInt(ctx.pathParam("version"));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.notFound("versions are numbered 1, 2, …");
    }

    private static String versionPath(MudVersion v) {
        return "/api/mud/manufacturers/" + v.manufacturerSlug() + "/models/" + v.modelSlug() + "/versions/" + v.version();
    }

    private static Mode mode(Context ctx) {
        String m = ctx.queryParam("mode");
        if (m == null || m.equalsIgnoreCase("strict")) {
            return Mode.STRICT;
        }
        if (m.equalsIgnoreCase("lenient")) {
            return Mode.LENIENT;
        }
        throw ApiException.badRequest("mode must be strict or lenient", ErrorHandling.field("mode", "unknown mode"));
    }

    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("on"));
    }
}
