package org.trustbricks.mud.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whole-document byte scans, eight bytes at a time. (The JDK's vectorised string routines are intrinsics of the C2
 * compiler only; a short batch run that stays in C1 code paid six times as much for them.)
 */
final class Ascii {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    private Ascii() {
    }

    /** True when every byte is below 0x80. */
    static boolean isAscii(byte[] bytes) {
        long or = 0;
        int i = 0;
        for (int last = bytes.length - 8; i <= last; i += 8) {
            or |= (long) LONGS.get(bytes, i);
        }
        for (; i < bytes.length; i++) {
            or |= bytes[i];
        }
        return (or & HIGH_BITS) == 0;
    }

    /** True when the bytes hold a backslash. */
    static boolean hasBackslash(byte[] bytes) {
        long found = 0;
        int i = 0;
        for (int last = bytes.length - 8; i <= last; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ BACKSLASHES;   // a backslash byte becomes zero
            found |= (x - ONES) & ~x;                             // high bit set in some byte iff some byte is zero
        }
        if ((found & HIGH_BITS) != 0) {
            return true;
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == '\\') {
                return true;
            }
        }
        return false;
    }
}
