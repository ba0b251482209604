package org.trustbricks.mudmanager.capture;

/** Conversions between numeric and byte forms of IP addresses. */
public final class IpBytes {

    private IpBytes() {
    }

    /** Four bytes of an IPv4 address held as an int. */
    public static byte[] v4(int a) {
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    /** Sixteen bytes of an IPv6 address held as two longs. */
    public static byte[] v6(long hi, long lo) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /** Dotted-quad text of an IPv4 address. */
    public static String v4Text(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    /** Colon-separated text of a 48-bit MAC address. */
    public static String macText(long mac) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            int b = (int) (mac >>> (8 * i)) & 0xff;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            if (i > 0) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    /** Parses "aa:bb:cc:dd:ee:ff" (or with dashes) into a 48-bit number; -1 when malformed. */
    public static long parseMac(String text) {
        String hex = text.trim().replace(":", "").replace("-", "").replace(".", "");
        if (hex.length() != 12) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 12; i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
