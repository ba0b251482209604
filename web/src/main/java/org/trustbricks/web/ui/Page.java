package org.trustbricks.web.ui;

import io.javalin.http.Context;
import org.trustbricks.registry.auth.User;
import org.trustbricks.web.auth.CurrentUser;

/**
 * What the layout needs to know about the page it frames.
 *
 * @param title     the page title (also the document title)
 * @param section   the navigation key of the current area, or empty for none
 * @param userName  the signed-in person's name and organisation, or empty
 * @param csrfToken the session's CSRF token for forms and htmx requests, or empty
 */
public record Page(String title, String section, String userName, String csrfToken) {

    /** A page for the request's visitor. */
    public static Page of(Context ctx, String title, String section) {
        String name = CurrentUser.of(ctx).map(Page::label).orElse("");
        return new Page(title, section, name, CurrentUser.csrfToken(ctx));
    }

    /** A page that belongs to no area, for an anonymous visitor. */
    public static Page of(String title) {
        return new Page(title, "", "", "");
    }

    /** True when someone is signed in. */
    public boolean signedIn() {
        return !userName.isEmpty();
    }

    /** The htmx header attribute value carrying the CSRF token. */
    public String htmxHeaders() {
        return csrfToken.isEmpty() ? "{}" : "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
    }

    private static String label(User u) {
        return u.displayName() + " (" + u.organisationName() + ")";
    }
}
