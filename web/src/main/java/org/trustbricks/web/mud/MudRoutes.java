package org.trustbricks.web.mud;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.trustbricks.mud.Mud;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.MudSigners;
import org.trustbricks.registry.mud.PublicationFeed;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebSettings;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.system.ErrorHandling;
import org.trustbricks.web.system.Warming;
import org.trustbricks.web.ui.Pages;

/**
 * The MUD file service: JSON API, pages under {@code /mud}, and hosting of published files at
 * {@code /mud/{manufacturer}/{model}.json} (+ {@code .p7s}) from memory, refreshed through {@link PublicationFeed}.
 */
public final class MudRoutes {

    private MudRoutes() {
    }

    /**
     * Adds the routes and the hosting handler, and ties the publication feed to the server's life. The MUD service
     * (its YANG schema takes about a second to compile) is built in the background once the server has started; a
     * request that needs it earlier waits for it.
     */
    public static void install(JavalinConfig config, WebSettings settings, Services services, Pages pages) {
        MudFiles files = MudFiles.using(services.database().jdbi());
        HostedFiles hosted = new HostedFiles(files);
        Warming<Mud> mud = Warming.of("the MUD service", () -> Mud.create(services.clock()));
        config.events.serverStarted(mud::begin);
        Signers signers = new Signers(mud, MudSigners.using(services.database().jdbi()),
                Pkcs11Token.fromEnvironment(System.getenv()));
        MudCatalogue catalogue = new MudCatalogue(mud, files, signers, hosted,
                new MudLocations(settings.publicUrl()), services.clock());
        MudAccess access = new MudAccess(ApiTokens.using(services.database().jdbi()));
        config.jetty.modifyServer(server -> server.insertHandler(new HostingHandler(hosted, services.metrics())));
        PublicationFeed[] feed = new PublicationFeed[1];
        config.events.serverStarting(() -> feed[0] = PublicationFeed.start(services.database().dataSource(), hosted::refresh));
        config.events.serverStopping(() -> {
            if (feed[0] != null) {
                feed[0].close();
            }
        });
        config.routes.exception(MudRejection.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/") || !acceptsHtml(ctx)) {
                ctx.status(422).contentType("application/problem+json").result(VersionView.write(e.body()));
            } else {
                ErrorHandling.answer(ctx, new ApiProblem(422, e.body().title(), e.body().detail(), e.body().findings().stream()
                        .map(f -> new ApiProblem.FieldError(f.path(), f.message())).toList()), pages);
            }
        });
        MudApiRoutes.register(config.routes, catalogue, access,
                new DeviceCertificates(MudSigners.using(services.database().jdbi()), services.clock()));
        MudPageRoutes.register(config.routes, catalogue, access, pages);
        config.routes.get("/mud/{manufacturer}/{file}", ctx -> modelPath(ctx, hosted, catalogue, access, pages));
        config.routes.head("/mud/{manufacturer}/{file}", ctx -> modelPath(ctx, hosted, catalogue, access, pages));
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** A published file not (yet) in memory, or the device page for paths without an extension. */
    private static void modelPath(Context ctx, HostedFiles hosted, MudCatalogue c, MudAccess access, Pages pages) {
        String file = ctx.pathParam("file");
        String manufacturer = ctx.pathParam("manufacturer");
        if (!file.endsWith(".json") && !file.endsWith(".p7s")) {
            MudPageRoutes.devicePage(ctx, c, access, pages, manufacturer, file);
            return;
        }
        String model = file.substring(0, file.length() - 5);
        if (!Slugs.valid(manufacturer) || !Slugs.valid(model)) {
            throw ApiException.notFound("nothing is published at " + ctx.path());
        }
        HostedFiles.Entry entry = hosted.get(ctx.path());
        if (entry == null) {
            hosted.refresh(manufacturer + "/" + model);
            entry = hosted.get(ctx.path());
        }
        if (entry == null) {
            throw ApiException.notFound("nothing is published at " + ctx.path());
        }
        entry.headers().forEach(h -> ctx.header(h.getName(), h.getValue()));
        String ifNoneMatch = ctx.header("If-None-Match");
        String ifModifiedSince = ctx.header("If-Modified-Since");
        boolean notModified = ifNoneMatch != null ? Conditional.etagMatches(ifNoneMatch, entry.etag())
                : ifModifiedSince != null && Conditional.notModifiedSince(ifModifiedSince, entry.lastModified());
        if (notModified) {
            ctx.status(304);
            return;
        }
        byte[] body = new byte[entry.body().remaining()];
        entry.body().slice().get(body);
        ctx.result(body);
    }
}
