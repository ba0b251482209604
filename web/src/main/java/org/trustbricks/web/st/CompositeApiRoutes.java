package org.trustbricks.web.st;

import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.ApiException;

/** {@code POST /api/st/composite}: composes a product whose parts are named by registry certificate ids. */
public final class CompositeApiRoutes {

    /**
     * The answer: the composition and the Security Target the server assembled from the certificates.
     *
     * @param composition    the composition report (findings, level, attribution, part certificate checks)
     * @param securityTarget the assembled Security Target
     */
    record Answer(CompositionReport composition, SecurityTarget securityTarget) {
    }

    private CompositeApiRoutes() {
    }

    /** Adds the route. */
    public static void register(RoutesConfig routes, Services services) {
        RegistryParts registry = RegistryParts.of(services);
        routes.post("/api/st/composite", ctx -> {
            if (ctx.contentLength() > CompositeRequest.MAX_BYTES) {
                throw ApiException.tooLarge(CompositeRequest.MAX_BYTES);
            }
            byte[] body = ctx.bodyAsBytes();
            if (body.length > CompositeRequest.MAX_BYTES) {
                throw ApiException.tooLarge(CompositeRequest.MAX_BYTES);
            }
            CompositeRequest request = CompositeRequest.read(body);
            SecurityTarget st = registry.form(request, LocalDate.now(services.clock().withZone(ZoneOffset.UTC)).toString()).toSecurityTarget();
            CompositionReport report = Sesip.compose(st);
            if (!report.complete()) {
                throw StProblem.rejectedComposition(report.findings());
            }
            ctx.json(new Answer(report, st));
        });
    }
}
