package org.trustbricks.web.attestation;

import io.javalin.http.Context;
import java.util.Optional;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;

/** Who calls an API route: the signed-in user of the session, or the owner of a bearer API token. */
final class Caller {

    private Caller() {
    }

    /** The caller, or a 401 saying how to authenticate. */
    static User require(Context ctx, Services services) {
        Optional<User> session = CurrentUser.of(ctx);
        if (session.isPresent()) {
            return session.get();
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return ApiTokens.using(services.database().jdbi()).authenticate(auth.substring(7).strip())
                    .orElseThrow(() -> ApiException.unauthorized("the API token is unknown, revoked, or its user is disabled"));
        }
        throw ApiException.unauthorized("sign in, or send an API token as 'Authorization: Bearer tbk_…'");
    }
}
