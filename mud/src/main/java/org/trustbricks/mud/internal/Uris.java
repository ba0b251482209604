package org.trustbricks.mud.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** RFC 3986 syntax checks for the {@code inet:uri} leaves, which YANG leaves unchecked. */
public final class Uris {

    /** RFC 3986 characters: unreserved, reserved, and percent-encodings. */
    private static final Pattern URI_CHARS = Pattern.compile("([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

    private Uris() {
    }

    /** The parsed URI when {@code text} is an absolute RFC 3986 URI, else null. */
    public static URI absolute(String text) {
        URI uri = reference(text);
        return uri != null && uri.isAbsolute() && SCHEME.matcher(uri.getScheme()).matches() ? uri : null;
    }

    /** The parsed URI when {@code text} is an RFC 3986 URI reference (absolute or relative), else null. */
    public static URI reference(String text) {
        if (text == null || text.isEmpty() || !URI_CHARS.matcher(text).matches()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** True for an absolute https URI with a host and no fragment (the RFC 8520 MUD URL grammar). */
    public static boolean isHttpsUrl(URI uri) {
        return uri != null && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getRawAuthority() != null
                && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawFragment() == null;
    }
}
