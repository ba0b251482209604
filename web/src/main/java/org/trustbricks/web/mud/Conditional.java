package org.trustbricks.web.mud;

import org.eclipse.jetty.http.HttpDateTime;

/** HTTP conditional request evaluation for GET and HEAD (RFC 9110 section 13). */
final class Conditional {

    private Conditional() {
    }

    /** True when an If-None-Match list names the entity tag (weak comparison) or is {@code *}. */
    static boolean etagMatches(String ifNoneMatch, String etag) {
        String strongValue = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(strongValue)) {
                return true;
            }
        }
        return false;
    }

    /** True when the date is valid and the resource has not changed after it (whole seconds). */
    static boolean notModifiedSince(String ifModifiedSince, long lastModifiedEpochSeconds) {
        try {
            java.time.ZonedDateTime since = HttpDateTime.parse(ifModifiedSince);
            return since != null && lastModifiedEpochSeconds <= since.toEpochSecond();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
