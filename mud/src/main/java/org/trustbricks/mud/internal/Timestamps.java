package org.trustbricks.mud.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads RFC 3339 timestamps: the common forms by hand, anything else through {@link OffsetDateTime#parse}. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant of an ISO offset date-time; throws {@link java.time.format.DateTimeParseException} when it is none. */
    static Instant instant(String text) {
        int n = text.length();
        if ((n == 20 || n == 25) && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2) && text.charAt(7) == '-'
                && digits(text, 8, 2) && text.charAt(10) == 'T' && digits(text, 11, 2) && text.charAt(13) == ':'
                && digits(text, 14, 2) && text.charAt(16) == ':' && digits(text, 17, 2)) {
            ZoneOffset offset = null;
            if (n == 20 && text.charAt(19) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (n == 25 && (text.charAt(19) == '+' || text.charAt(19) == '-') && digits(text, 20, 2)
                    && text.charAt(22) == ':' && digits(text, 23, 2)) {
                int h = number(text, 20, 2);
                int m = number(text, 23, 2);
                try {
                    offset = ZoneOffset.ofHoursMinutes(text.charAt(19) == '-' ? -h : h, text.charAt(19) == '-' ? -m : m);
                } catch (DateTimeException e) {
                    offset = null;
                }
            }
            if (offset != null) {
                try {
                    return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                            number(text, 14, 2), number(text, 17, 2)).toInstant(offset);
                } catch (DateTimeException e) {
                    return OffsetDateTime.parse(text).toInstant();
                }
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int count) {
        return Integer.parseInt(s, from, from + count, 10);
    }
}
