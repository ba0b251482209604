package org.trustbricks.web.mud;

import io.javalin.http.Context;
import java.util.Optional;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;

/**
 * Who may do what with MUD files, decided on the server for every route: a vendor organisation owns its manufacturers
 * and alone changes, signs and publishes their files; the scheme owner may read everything; everyone may read what is
 * published. Callers are identified by session cookie or by an API token ({@code Authorization: Bearer tbk_…}).
 */
final class MudAccess {

    private final ApiTokens tokens;

    MudAccess(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The caller, if identified. */
    Optional<User> user(Context ctx) {
        Optional<User> session = CurrentUser.of(ctx);
        if (session.isPresent()) {
            return session;
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<User> user = tokens.authenticate(auth.substring(7).trim());
            if (user.isEmpty()) {
                throw ApiException.unauthorized("the API token is unknown or revoked");
            }
            return user;
        }
        return Optional.empty();
    }

    /** The caller, or a 401. */
    User require(Context ctx) {
        return user(ctx).orElseThrow(() -> ApiException.unauthorized("sign in or send an API token first"));
    }

    /** A vendor, or a 403: only vendors register manufacturers. */
    User requireVendor(Context ctx) {
        User u = require(ctx);
        if (u.kind() != OrganisationKind.VENDOR) {
            throw ApiException.forbidden("only vendor organisations keep MUD files for their manufacturers");
        }
        return u;
    }

    static boolean owns(User u, Manufacturer m) {
        return u != null && u.organisationId() == m.organisationId();
    }

    static boolean canRead(User u, Manufacturer m) {
        return owns(u, m) || (u != null && u.kind() == OrganisationKind.SCHEME_OWNER);
    }

    /** The caller if it may read the manufacturer's unpublished data, else 401/403. */
    User requireReader(Context ctx, Manufacturer m) {
        User u = require(ctx);
        if (!canRead(u, m)) {
            throw ApiException.forbidden("the MUD files of " + m.name() + " belong to another organisation");
        }
        return u;
    }

    /** The caller if its organisation owns the manufacturer, else 401/403. */
    User requireOwner(Context ctx, Manufacturer m) {
        User u = require(ctx);
        if (!owns(u, m)) {
            throw ApiException.forbidden("only " + m.organisationName() + " may change the MUD files of " + m.name());
        }
        return u;
    }
}
