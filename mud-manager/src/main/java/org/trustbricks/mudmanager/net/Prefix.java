package org.trustbricks.mudmanager.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An IPv4 or IPv6 prefix held numerically.
 *
 * @param version 4 or 6
 * @param hi      IPv6: high 64 bits; IPv4: 0
 * @param lo      IPv6: low 64 bits; IPv4: the address as an unsigned 32-bit value
 * @param length  prefix length
 */
public record Prefix(int version, long hi, long lo, int length) {

    /** Parses {@code address/len} or a bare address (a host prefix); IP literals only, never a lookup. */
    public static Prefix parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        boolean v6 = addr.contains(":");
        if (v6 ? !addr.matches("[0-9A-Fa-f:.]+") : !addr.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("not an IP prefix: " + text);
        }
        byte[] b;
        try {
            b = InetAddress.getByName(v6 ? "[" + addr + "]" : addr).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP prefix: " + text, e);
        }
        int max = b.length * 8;
        int len;
        try {
            len = slash < 0 ? max : Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length: " + text, e);
        }
        if (len < 0 || len > max) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return of(b, len);
    }

    /** A prefix from address bytes (masked to the length). */
    public static Prefix of(byte[] b, int len) {
        if (b.length == 4) {
            long v = ((b[0] & 0xffL) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff)) & 0xFFFFFFFFL;
            long mask = len == 0 ? 0 : (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
            return new Prefix(4, 0, v & mask, len);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (b[i] & 0xff);
            lo = lo << 8 | (b[8 + i] & 0xff);
        }
        return new Prefix(6, hi & mask64(len), lo & mask64(len - 64), len);
    }

    /** A host prefix for an IPv4 address held as an int. */
    public static Prefix v4Host(int address) {
        return new Prefix(4, 0, address & 0xFFFFFFFFL, 32);
    }

    /** A host prefix for an IPv6 address. */
    public static Prefix v6Host(long hi, long lo) {
        return new Prefix(6, hi, lo, 128);
    }

    static long mask64(int bits) {
        return bits <= 0 ? 0 : bits >= 64 ? -1L : -1L << (64 - bits);
    }

    /** True when the IPv4 address (as int) is inside. */
    public boolean contains4(int address) {
        return version == 4 && ((address & 0xFFFFFFFFL) & (length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)))) == lo;
    }

    /** True when the IPv6 address is inside. */
    public boolean contains6(long aHi, long aLo) {
        return version == 6 && (aHi & mask64(length)) == hi && (aLo & mask64(length - 64)) == lo;
    }

    /** True when the address is inside. */
    public boolean contains(InetAddress a) {
        Prefix p = of(a.getAddress(), a.getAddress().length * 8);
        return p.version == 4 ? contains4((int) p.lo) : contains6(p.hi, p.lo);
    }

    /** The address part as text. */
    public String addressText() {
        if (version == 4) {
            return (lo >>> 24 & 0xff) + "." + (lo >>> 16 & 0xff) + "." + (lo >>> 8 & 0xff) + "." + (lo & 0xff);
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        try {
            return compress(InetAddress.getByAddress(b).getHostAddress());
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** True for a single address. */
    public boolean isHost() {
        return length == (version == 4 ? 32 : 128);
    }

    @Override
    public String toString() {
        return addressText() + "/" + length;
    }

    /** Text form without the length for host prefixes. */
    public String toShortString() {
        return isHost() ? addressText() : toString();
    }

    private static String compress(String v6) {
        if (!v6.contains(":")) {
            return v6;
        }
        String[] g = v6.toLowerCase(Locale.ROOT).split(":");
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < g.length; i++) {
            g[i] = g[i].replaceFirst("^0+(?=.)", "");
        }
        for (int i = 0; i < g.length; i++) {
            int j = i;
            while (j < g.length && g[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
        }
        if (bestStart < 0) {
            return String.join(":", g);
        }
        String left = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
        String right = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, g.length));
        return left + "::" + right;
    }
}
