package org.trustbricks.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.net.BindException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.trustbricks.web.attestation.AttestationFeature;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.auth.SessionSupport;
import org.trustbricks.web.onboarding.OnboardingRoutes;
import org.trustbricks.web.mud.MudRoutes;
import org.trustbricks.web.sesip.SesipApiRoutes;
import org.trustbricks.web.sesip.SesipPageRoutes;
import org.trustbricks.web.st.StApiRoutes;
import org.trustbricks.web.st.StPageRoutes;
import org.trustbricks.web.system.ErrorHandling;
import org.trustbricks.web.system.HealthRoutes;
import org.trustbricks.web.system.OpenApiRoutes;
import org.trustbricks.web.system.RequestMetrics;
import org.trustbricks.web.ui.HomeRoutes;
import org.trustbricks.web.ui.Pages;

/** The TrustBricks HTTP server: JSON API, web pages, health, metrics and the OpenAPI document. */
public final class WebServer implements AutoCloseable {

    /** Largest request body accepted anywhere; routes that take uploads check tighter limits of their own. */
    public static final long MAX_REQUEST_BYTES = 6L * 1024 * 1024;

    private final Javalin app;
    private final AtomicBoolean accepting;

    private WebServer(Javalin app, AtomicBoolean accepting) {
        this.app = app;
        this.accepting = accepting;
    }

    /** Builds the application without starting it (tests use this to list routes). */
    public static Javalin create(WebSettings settings, Services services, AtomicBoolean accepting) {
        Pages pages = Pages.precompiled();
        return Javalin.create(config -> configure(config, settings, services, pages, accepting));
    }

    /**
     * Loads and initialises the web stack's classes (Jetty and its resource handling, Javalin, Jackson, templates) and
     * the sign-in code's timing-equaliser hash without binding a port, so that start-up can do it while the database
     * starts. Features warm up their own parts once the server has started.
     */
    public static void warmUp() {
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
        });
        Pages.precompiled().render("error.jte", java.util.Map.of(
                "problem", org.trustbricks.web.system.ApiProblem.of(200, "warm-up", ""),
                "page", org.trustbricks.web.ui.Page.of("warm-up")));
        Json.mapper().valueToTree(org.trustbricks.web.system.ApiProblem.of(200, "warm-up", ""));
        initialise(org.trustbricks.registry.auth.Accounts.class);   // computes a password hash (Argon2) once per JVM
    }

    private static void initialise(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server; throws {@link UnableToStartServerException} when it cannot listen. */
    public static WebServer start(WebSettings settings, Services services) {
        AtomicBoolean accepting = new AtomicBoolean(true);
        Javalin app = create(settings, services, accepting);
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new UnableToStartServerException(describe(e, settings), e);
        }
        return new WebServer(app, accepting);
    }

    private static void configure(JavalinConfig config, WebSettings settings, Services services, Pages pages,
                                  AtomicBoolean accepting) {
        config.concurrency.useVirtualThreads = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jsonMapper(new JavalinJackson(Json.mapper(), true));
        config.staticFiles.enableWebjars();
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/assets";
            sf.directory = "/public/assets";
            sf.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            sf.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
        });
        // Multipart bodies are parsed by Jetty (for the CSRF field, before any route's own limit): bounded per part
        // and per request, so an oversized upload is refused with 413 instead of being spooled to disk.
        config.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, SizeUnit.BYTES);
        // Text fields of multipart forms (a pasted Security Target) may be as large as an uploaded file.
        config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize((int) MAX_REQUEST_BYTES));
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000);
            server.insertHandler(new GracefulHandler());
        });
        var routes = config.routes;
        RequestMetrics.register(routes, services.metrics());
        ErrorHandling.register(routes, pages);
        SessionSupport.register(routes, services.sessions());
        org.trustbricks.web.admin.ApiTokenRoutes.register(routes, services, pages);
        LoginRoutes.register(routes, services, pages, settings.secureCookies());
        HealthRoutes.register(routes, services, accepting);
        OpenApiRoutes.register(routes);
        HomeRoutes.register(routes, pages);
        StApiRoutes.register(routes);
        org.trustbricks.web.st.CompositeApiRoutes.register(routes, services);
        SesipApiRoutes.register(routes);
        StPageRoutes.register(routes, services, pages);
        SesipPageRoutes.register(routes, pages);
        org.trustbricks.web.registry.CertificateRoutes.register(routes, services, pages);
        org.trustbricks.web.registry.EvaluationRoutes.register(routes, services, pages);
        org.trustbricks.web.registry.VulnerabilityRoutes.register(routes, services, pages);
        org.trustbricks.web.admin.SchemeRoutes.register(routes, services, pages);
        var verifier = AttestationFeature.register(config, services, pages);
        OnboardingRoutes.register(config, services, pages, verifier, settings);
        MudRoutes.install(config, settings, services, pages);
        org.trustbricks.web.manager.ManagerRoutes.register(routes, services, pages, settings);
    }

    private static String describe(RuntimeException e, WebSettings settings) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "port " + settings.port() + " on " + settings.host()
                        + " is already in use; choose another with --port (or TRUSTBRICKS_PORT)";
            }
        }
        return "could not start the HTTP server on " + settings.host() + ":" + settings.port() + ": " + e.getMessage();
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The Javalin application, for tests that inspect routes. */
    public Javalin app() {
        return app;
    }

    /** Stops accepting (readiness turns 503), lets in-flight requests finish, then stops. */
    @Override
    public void close() {
        accepting.set(false);
        app.stop();
    }
}
