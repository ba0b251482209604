package org.trustbricks.web.auth;

import io.javalin.http.Context;
import org.trustbricks.registry.auth.Sessions;

/** Writes and clears the session cookie: HttpOnly, SameSite=Lax, Secure when served over HTTPS. */
final class SessionCookies {

    static final String NAME = "tb_session";

    private SessionCookies() {
    }

    static void set(Context ctx, String token, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age="
                + Sessions.IDLE_TIMEOUT.toSeconds() + (secure ? "; Secure" : ""));
    }

    static void clear(Context ctx, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" + (secure ? "; Secure" : ""));
    }
}
