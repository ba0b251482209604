package org.trustbricks.web.mud;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** URL segments of manufacturers and models: lower-case letters, digits and inner hyphens, 1-64 characters. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?");
    /** Segments under {@code /mud/} used by pages, so no manufacturer may take them. */
    static final Set<String> RESERVED = Set.of("builder", "validate", "manufacturers", "api", "assets", "new", "upload");

    private Slugs() {
    }

    static boolean valid(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /** The slug, or a 400 naming the field. */
    static String require(String field, String s) {
        if (!valid(s)) {
            throw ApiException.badRequest(field + " must be 1-64 lower-case letters, digits or inner hyphens",
                    ErrorHandling.field(field, "use for example \"acme-devices\""));
        }
        return s;
    }

    /** A slug proposed from a display name ("ACME Devices Ltd." becomes "acme-devices-ltd"). */
    static String from(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
    }
}
