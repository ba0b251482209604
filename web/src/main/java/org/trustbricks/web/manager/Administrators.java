package org.trustbricks.web.manager;

import io.javalin.http.Context;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;

/** The platform's administrators (the scheme owner's people) manage trust anchors and device indexes. */
final class Administrators {

    private static final String REFUSED = "only the platform's administrators (scheme owner) manage MUD trust anchors and device indexes";

    private Administrators() {
    }

    /** The signed-in administrator of an API call, or 401/403. */
    static User require(Context ctx) {
        User user = CurrentUser.require(ctx);
        if (user.kind() != OrganisationKind.SCHEME_OWNER) {
            throw ApiException.forbidden(REFUSED);
        }
        return user;
    }

    /** The signed-in administrator of a page (others are sent to sign in), or 403. */
    static User requirePage(Context ctx) {
        User user = LoginRoutes.requirePageUser(ctx);
        if (user.kind() != OrganisationKind.SCHEME_OWNER) {
            throw ApiException.forbidden(REFUSED);
        }
        return user;
    }
}
