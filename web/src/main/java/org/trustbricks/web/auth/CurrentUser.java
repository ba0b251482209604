package org.trustbricks.web.auth;

import io.javalin.http.Context;
import java.util.Optional;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.auth.WebSession;
import org.trustbricks.web.system.ApiException;

/** Who is making the request, as established by {@link SessionSupport}. */
public final class CurrentUser {

    static final String SESSION = "tb.session";
    static final String TOKEN = "tb.session.token";

    private CurrentUser() {
    }

    /** The signed-in user, if any. */
    public static Optional<User> of(Context ctx) {
        WebSession s = ctx.attribute(SESSION);
        return Optional.ofNullable(s == null ? null : s.user());
    }

    /** The signed-in user, or a 401 answer. */
    public static User require(Context ctx) {
        return of(ctx).orElseThrow(() -> ApiException.unauthorized("sign in first"));
    }

    /** Makes the request act as this user, without a session (API token authentication); no CSRF token applies. */
    public static void actAs(Context ctx, User user) {
        ctx.attribute(SESSION, new WebSession(user, "", java.time.Instant.now()));
    }

    /** The CSRF token of the request's session, or empty when there is no session. */
    public static String csrfToken(Context ctx) {
        WebSession s = ctx.attribute(SESSION);
        return s == null ? "" : s.csrfToken();
    }
}
