package org.trustbricks.mud.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** RFC 3986 syntax checks for the {@code inet:uri} leaves, which YANG leaves unchecked. */
public final class Uris {

    /** RFC 3986 characters other than letters and digits: unreserved and reserved marks. */
    private static final String MARKS = "-._~:/?#[]@!$&'()*+,;=";
    /** Letters, digits and {@link #MARKS} as bits by character code (0-63 in the first word, 64-127 in the second). */
    private static final long[] URI_CHAR_BITS = uriCharBits();
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
        if (text == null || text.isEmpty() || !uriChars(text)) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** True when every character is an RFC 3986 unreserved or reserved one, or part of a percent-encoding. */
    static boolean uriChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && (URI_CHAR_BITS[c >> 6] & 1L << c) != 0) {
                continue;
            }
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) && hex(text.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static long[] uriCharBits() {
        long[] bits = new long[2];
        String chars = MARKS + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            bits[c >> 6] |= 1L << c;
        }
        return bits;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** True for an absolute https URI with a host and no fragment (the RFC 8520 MUD URL grammar). */
    public static boolean isHttpsUrl(URI uri) {
        return uri != null && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getRawAuthority() != null
                && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawFragment() == null;
    }
}
