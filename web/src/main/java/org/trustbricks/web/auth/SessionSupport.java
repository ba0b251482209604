package org.trustbricks.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.trustbricks.registry.auth.Sessions;
import org.trustbricks.registry.auth.WebSession;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.UploadLimits;

/**
 * Finds the session behind the request's cookie and enforces CSRF protection: every state-changing request
 * that carries a session cookie must echo the session's token in the {@code _csrf} form field or the
 * {@code X-CSRF-Token} header.
 */
public final class SessionSupport {

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private SessionSupport() {
    }

    /** Installs the before-handler. */
    public static void register(RoutesConfig routes, Sessions sessions) {
        routes.before(ctx -> {
            String token = ctx.cookie(SessionCookies.NAME);
            WebSession session = token == null ? null : sessions.find(token).orElse(null);
            if (session != null) {
                ctx.attribute(CurrentUser.SESSION, session);
                ctx.attribute(CurrentUser.TOKEN, token);
            }
            if (!SAFE.contains(ctx.method()) && token != null && !hasBearer(ctx)) {
                requireCsrf(ctx, session);
            }
        });
    }

    private static boolean hasBearer(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static void requireCsrf(Context ctx, WebSession session) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null && isForm(ctx)) {
            UploadLimits.Limit limit = UploadLimits.forPath(ctx.path());
            if (ctx.req().getContentLengthLong() > limit.totalBytes()) {
                throw ApiException.tooLarge(limit.totalBytes());
            }
            if (limit.totalBytes() > WebServer.MAX_REQUEST_BYTES && ctx.req().getAttribute(UploadLimits.JETTY_MULTIPART) == null) {
                ctx.req().setAttribute(UploadLimits.JETTY_MULTIPART, limit.multipart(System.getProperty("java.io.tmpdir")));
            }
            try {
                sent = ctx.formParam("_csrf");
            } catch (Exception e) { // Jetty reports a bad body as a (sneakily thrown) ServletException
                if (exceedsLimit(e)) {
                    throw ApiException.tooLarge(limit.totalBytes());
                }
                throw ApiException.badRequest("the form could not be read: it is malformed or larger than the server accepts");
            }
        }
        if (session == null || sent == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("the form has expired or did not come from this site; reload the page and try again");
        }
    }

    /** True when Jetty stopped reading a form because a part or the whole body went over the configured limits. */
    private static boolean exceedsLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("max file size exceeded") || m.contains("max length exceeded") || m.contains("exceeds max"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
