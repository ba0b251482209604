package org.trustbricks.common;

/** Builds RFC 6901 JSON pointers from path segments, escaping {@code ~} and {@code /}. */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** The pointer to the document root. */
    public static final String ROOT = "";

    /** Appends one member name or array index to a pointer. */
    public static String append(String pointer, Object segment) {
        String s = String.valueOf(segment).replace("~", "~0").replace("/", "~1");
        return pointer + "/" + s;
    }

    /** Builds a pointer from segments. */
    public static String of(Object... segments) {
        String p = ROOT;
        for (Object s : segments) {
            p = append(p, s);
        }
        return p;
    }
}
