package org.trustbricks.mud.internal;

import java.nio.charset.StandardCharsets;

/** Whole-document byte scans, done with the JDK's vectorised string routines rather than a byte loop. */
final class Ascii {

    private Ascii() {
    }

    /** True when every byte is below 0x80. */
    static boolean isAscii(byte[] bytes) {
        // Decoding ASCII-only bytes as US-ASCII yields no replacement character, and the JDK checks that in bulk.
        return new String(bytes, StandardCharsets.US_ASCII).indexOf('\uFFFD') < 0;
    }

    /** True when the bytes hold a backslash. */
    static boolean hasBackslash(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\\') >= 0;
    }
}
