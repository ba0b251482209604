package org.trustbricks.registry.cert;

import java.util.regex.Pattern;

/** SESIP certificate identifiers {@code SESIP-YYNNNNN-VV}: year, project number, iteration. */
public final class CertificateIds {

    private static final Pattern SESIP = Pattern.compile("SESIP-(\\d{2})(\\d{5})-(\\d{2})");
    private static final Pattern ANY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private CertificateIds() {
    }

    /** The id of iteration 1 of a new project. */
    public static String first(int year, int project) {
        return String.format("SESIP-%02d%05d-01", year % 100, project);
    }

    /** The id of the next iteration of the same project. */
    public static String next(String id) {
        var m = SESIP.matcher(id);
        if (!m.matches()) {
            throw new IllegalArgumentException(id + " is not a SESIP-YYNNNNN-VV identifier");
        }
        int iteration = Integer.parseInt(m.group(3)) + 1;
        if (iteration > 99) {
            throw new IllegalArgumentException(id + " has reached the last iteration (99)");
        }
        return String.format("SESIP-%s%s-%02d", m.group(1), m.group(2), iteration);
    }

    /** True for a well-formed SESIP identifier. */
    public static boolean isSesip(String id) {
        return id != null && SESIP.matcher(id).matches();
    }

    /** True for any id this registry can hold (SESIP, EUCC, imported). */
    public static boolean isPlausible(String id) {
        return id != null && ANY.matcher(id).matches();
    }
}
