package org.trustbricks.mud;

/** Lets tests in sub-packages use the yanglint oracle. */
public final class YanglintAccess {

    private YanglintAccess() {
    }

    /** Skips the calling test when yanglint is not installed. */
    public static void require() {
        Yanglint.require();
    }

    /** True when yanglint is installed. */
    public static boolean available() {
        return Yanglint.available();
    }

    /** yanglint's verdict on a document. */
    public static boolean valid(byte[] json) throws Exception {
        return Yanglint.validate(json).valid();
    }

    /** yanglint's verdict and output on a document. */
    public static String output(byte[] json) throws Exception {
        return Yanglint.validate(json).output();
    }
}
