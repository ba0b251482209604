package org.trustbricks.web.system;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** Counts and times every request per route pattern, method and status; serves {@code /metrics}. */
public final class RequestMetrics {

    private static final String START = "trustbricks.request.start";

    private RequestMetrics() {
    }

    /** Adds the timing handlers and the {@code /metrics} route. */
    public static void register(RoutesConfig routes, PrometheusMeterRegistry registry) {
        routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        routes.after(ctx -> record(ctx, registry));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }

    private static void record(Context ctx, PrometheusMeterRegistry registry) {
        Long start = ctx.attribute(START);
        if (start == null) {
            return;
        }
        Timer.builder("http.server.requests")
                .description("HTTP requests by route, method and status")
                .tag("route", routeOf(ctx))
                .tag("method", ctx.method().name())
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private static String routeOf(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null) {
            return matched.path;
        }
        return ctx.path().startsWith("/assets/") || ctx.path().startsWith("/webjars/") ? "static" : "unmatched";
    }
}
