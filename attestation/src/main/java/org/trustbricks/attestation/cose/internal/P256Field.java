package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;

/**
 * Arithmetic modulo the P-256 prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 on four 64-bit limbs (little-endian) in
 * Montgomery form (R = 2^256). Every result is fully reduced to [0, p), so equal elements have equal limbs. Products
 * use {@link Math#unsignedMultiplyHigh}, an intrinsic; the reduction exploits -p^-1 = 1 mod 2^64 and the sparse form
 * of p (one 64x64 product per round). The operations themselves do not branch on their operands.
 */
final class P256Field {

    static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final long P0 = 0xFFFFFFFFFFFFFFFFL;
    private static final long P1 = 0x00000000FFFFFFFFL;
    private static final long P3 = 0xFFFFFFFF00000001L;
    private static final long[] R2 = limbs(BigInteger.ONE.shiftLeft(512).mod(P));
    private static final long[] ONE_PLAIN = {1, 0, 0, 0};
    private static final long[] ZERO = new long[4];
    /** 1 in Montgomery form. */
    static final long[] ONE = limbs(BigInteger.ONE.shiftLeft(256).mod(P));

    private P256Field() {
    }

    /** r = a * b / R mod p; r may alias a or b. */
    static void mul(long[] r, long[] a, long[] b) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3];
        long s, c, h, l;
        long t0, t1, t2, t3, t4, t5, t6, t7;
        t0 = a0 * b0; c = Math.unsignedMultiplyHigh(a0, b0);
        l = a0 * b1; h = Math.unsignedMultiplyHigh(a0, b1);
        t1 = l + c; c = h + (Long.compareUnsigned(t1, l) < 0 ? 1L : 0L);
        l = a0 * b2; h = Math.unsignedMultiplyHigh(a0, b2);
        t2 = l + c; c = h + (Long.compareUnsigned(t2, l) < 0 ? 1L : 0L);
        l = a0 * b3; h = Math.unsignedMultiplyHigh(a0, b3);
        t3 = l + c; c = h + (Long.compareUnsigned(t3, l) < 0 ? 1L : 0L);
        t4 = c;
        c = 0;
        l = a1 * b0; h = Math.unsignedMultiplyHigh(a1, b0);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t1 + l; h += (Long.compareUnsigned(s, t1) < 0 ? 1L : 0L); t1 = s; c = h;
        l = a1 * b1; h = Math.unsignedMultiplyHigh(a1, b1);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t2 + l; h += (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s; c = h;
        l = a1 * b2; h = Math.unsignedMultiplyHigh(a1, b2);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t3 + l; h += (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s; c = h;
        l = a1 * b3; h = Math.unsignedMultiplyHigh(a1, b3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s; t5 = h;
        c = 0;
        l = a2 * b0; h = Math.unsignedMultiplyHigh(a2, b0);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t2 + l; h += (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s; c = h;
        l = a2 * b1; h = Math.unsignedMultiplyHigh(a2, b1);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t3 + l; h += (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s; c = h;
        l = a2 * b2; h = Math.unsignedMultiplyHigh(a2, b2);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s; c = h;
        l = a2 * b3; h = Math.unsignedMultiplyHigh(a2, b3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t5 + l; h += (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s; t6 = h;
        c = 0;
        l = a3 * b0; h = Math.unsignedMultiplyHigh(a3, b0);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t3 + l; h += (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s; c = h;
        l = a3 * b1; h = Math.unsignedMultiplyHigh(a3, b1);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s; c = h;
        l = a3 * b2; h = Math.unsignedMultiplyHigh(a3, b2);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t5 + l; h += (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s; c = h;
        l = a3 * b3; h = Math.unsignedMultiplyHigh(a3, b3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t6 + l; h += (Long.compareUnsigned(s, t6) < 0 ? 1L : 0L); t6 = s; t7 = h;
        long cc = 0, m;
        m = t0;
        l = m << 32; s = t1 + l; c = (Long.compareUnsigned(s, t1) < 0 ? 1L : 0L); t1 = s;
        l = (m >>> 32) + c; s = t2 + l; c = (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t3 + l; h += (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        h += cc; s = t4 + h; cc = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        m = t1;
        l = m << 32; s = t2 + l; c = (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s;
        l = (m >>> 32) + c; s = t3 + l; c = (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        h += cc; s = t5 + h; cc = (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        m = t2;
        l = m << 32; s = t3 + l; c = (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        l = (m >>> 32) + c; s = t4 + l; c = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t5 + l; h += (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        h += cc; s = t6 + h; cc = (Long.compareUnsigned(s, t6) < 0 ? 1L : 0L); t6 = s;
        m = t3;
        l = m << 32; s = t4 + l; c = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        l = (m >>> 32) + c; s = t5 + l; c = (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t6 + l; h += (Long.compareUnsigned(s, t6) < 0 ? 1L : 0L); t6 = s;
        h += cc; s = t7 + h; cc = (Long.compareUnsigned(s, t7) < 0 ? 1L : 0L); t7 = s;
        long d0 = t4 - P0; long bw = (Long.compareUnsigned(t4, P0) < 0 ? 1L : 0L);
        long d1, d2, d3;
        l = t5 - P1; h = (Long.compareUnsigned(t5, P1) < 0 ? 1L : 0L); d1 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        l = t6 - 0L; h = (Long.compareUnsigned(t6, 0L) < 0 ? 1L : 0L); d2 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        l = t7 - P3; h = (Long.compareUnsigned(t7, P3) < 0 ? 1L : 0L); d3 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        long keep = -(bw & ~cc & 1);
        r[0] = (t4 & keep) | (d0 & ~keep); r[1] = (t5 & keep) | (d1 & ~keep); r[2] = (t6 & keep) | (d2 & ~keep); r[3] = (t7 & keep) | (d3 & ~keep);
    }


    /** r = a^2 / R mod p. */
    static void sqr(long[] r, long[] a) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        long s, c, h, l;
        long t0, t1, t2, t3, t4, t5, t6, t7;
        t1 = a0 * a1; c = Math.unsignedMultiplyHigh(a0, a1);
        l = a0 * a2; h = Math.unsignedMultiplyHigh(a0, a2);
        t2 = l + c; c = h + (Long.compareUnsigned(t2, l) < 0 ? 1L : 0L);
        l = a0 * a3; h = Math.unsignedMultiplyHigh(a0, a3);
        t3 = l + c; c = h + (Long.compareUnsigned(t3, l) < 0 ? 1L : 0L);
        t4 = c;
        l = a1 * a2; h = Math.unsignedMultiplyHigh(a1, a2);
        s = t3 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t3 = s; c = h;
        l = a1 * a3; h = Math.unsignedMultiplyHigh(a1, a3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t4 = s; t5 = h;
        l = a2 * a3; h = Math.unsignedMultiplyHigh(a2, a3);
        s = t5 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t5 = s; t6 = h;
        t7 = t6 >>> 63; t6 = (t6 << 1) | (t5 >>> 63); t5 = (t5 << 1) | (t4 >>> 63); t4 = (t4 << 1) | (t3 >>> 63);
        t3 = (t3 << 1) | (t2 >>> 63); t2 = (t2 << 1) | (t1 >>> 63); t1 = t1 << 1;
        t0 = a0 * a0; h = Math.unsignedMultiplyHigh(a0, a0);
        s = t1 + h; c = (Long.compareUnsigned(s, h) < 0 ? 1L : 0L); t1 = s;
        l = a1 * a1; h = Math.unsignedMultiplyHigh(a1, a1);
        l += c; h += (Long.compareUnsigned(l, c) < 0 ? 1L : 0L);
        s = t2 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t2 = s;
        s = t3 + h; c = (Long.compareUnsigned(s, h) < 0 ? 1L : 0L); t3 = s;
        l = a2 * a2; h = Math.unsignedMultiplyHigh(a2, a2);
        l += c; h += (Long.compareUnsigned(l, c) < 0 ? 1L : 0L);
        s = t4 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t4 = s;
        s = t5 + h; c = (Long.compareUnsigned(s, h) < 0 ? 1L : 0L); t5 = s;
        l = a3 * a3; h = Math.unsignedMultiplyHigh(a3, a3);
        l += c; h += (Long.compareUnsigned(l, c) < 0 ? 1L : 0L);
        s = t6 + l; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); t6 = s;
        t7 += h;
        long cc = 0, m;
        m = t0;
        l = m << 32; s = t1 + l; c = (Long.compareUnsigned(s, t1) < 0 ? 1L : 0L); t1 = s;
        l = (m >>> 32) + c; s = t2 + l; c = (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t3 + l; h += (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        h += cc; s = t4 + h; cc = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        m = t1;
        l = m << 32; s = t2 + l; c = (Long.compareUnsigned(s, t2) < 0 ? 1L : 0L); t2 = s;
        l = (m >>> 32) + c; s = t3 + l; c = (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t4 + l; h += (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        h += cc; s = t5 + h; cc = (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        m = t2;
        l = m << 32; s = t3 + l; c = (Long.compareUnsigned(s, t3) < 0 ? 1L : 0L); t3 = s;
        l = (m >>> 32) + c; s = t4 + l; c = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t5 + l; h += (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        h += cc; s = t6 + h; cc = (Long.compareUnsigned(s, t6) < 0 ? 1L : 0L); t6 = s;
        m = t3;
        l = m << 32; s = t4 + l; c = (Long.compareUnsigned(s, t4) < 0 ? 1L : 0L); t4 = s;
        l = (m >>> 32) + c; s = t5 + l; c = (Long.compareUnsigned(s, t5) < 0 ? 1L : 0L); t5 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += (Long.compareUnsigned(s, l) < 0 ? 1L : 0L); l = s;
        s = t6 + l; h += (Long.compareUnsigned(s, t6) < 0 ? 1L : 0L); t6 = s;
        h += cc; s = t7 + h; cc = (Long.compareUnsigned(s, t7) < 0 ? 1L : 0L); t7 = s;
        long d0 = t4 - P0; long bw = (Long.compareUnsigned(t4, P0) < 0 ? 1L : 0L);
        long d1, d2, d3;
        l = t5 - P1; h = (Long.compareUnsigned(t5, P1) < 0 ? 1L : 0L); d1 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        l = t6 - 0L; h = (Long.compareUnsigned(t6, 0L) < 0 ? 1L : 0L); d2 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        l = t7 - P3; h = (Long.compareUnsigned(t7, P3) < 0 ? 1L : 0L); d3 = l - bw; h |= (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L); bw = h;
        long keep = -(bw & ~cc & 1);
        r[0] = (t4 & keep) | (d0 & ~keep); r[1] = (t5 & keep) | (d1 & ~keep); r[2] = (t6 & keep) | (d2 & ~keep); r[3] = (t7 & keep) | (d3 & ~keep);
    }

    /** r = a + b mod p. */
    static void add(long[] r, long[] a, long[] b) {
        long x0 = a[0], x1 = a[1], x2 = a[2], x3 = a[3];
        long t0 = x0 + b[0];
        long c = Long.compareUnsigned(t0, x0) < 0 ? 1L : 0L;
        long l = x1 + b[1];
        long h = Long.compareUnsigned(l, x1) < 0 ? 1L : 0L;
        long t1 = l + c;
        c = h | (Long.compareUnsigned(t1, l) < 0 ? 1L : 0L);
        l = x2 + b[2];
        h = Long.compareUnsigned(l, x2) < 0 ? 1L : 0L;
        long t2 = l + c;
        c = h | (Long.compareUnsigned(t2, l) < 0 ? 1L : 0L);
        l = x3 + b[3];
        h = Long.compareUnsigned(l, x3) < 0 ? 1L : 0L;
        long t3 = l + c;
        c = h | (Long.compareUnsigned(t3, l) < 0 ? 1L : 0L);
        // subtract p when the sum is at least p
        long d0 = t0 - P0;
        long bw = Long.compareUnsigned(t0, P0) < 0 ? 1L : 0L;
        l = t1 - P1;
        h = Long.compareUnsigned(t1, P1) < 0 ? 1L : 0L;
        long d1 = l - bw;
        bw = h | (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L);
        long d2 = t2 - bw;
        bw = Long.compareUnsigned(t2, bw) < 0 ? 1L : 0L;
        l = t3 - P3;
        h = Long.compareUnsigned(t3, P3) < 0 ? 1L : 0L;
        long d3 = l - bw;
        bw = h | (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L);
        long keep = -(bw & ~c & 1);
        r[0] = (t0 & keep) | (d0 & ~keep);
        r[1] = (t1 & keep) | (d1 & ~keep);
        r[2] = (t2 & keep) | (d2 & ~keep);
        r[3] = (t3 & keep) | (d3 & ~keep);
    }

    /** r = a - b mod p. */
    static void sub(long[] r, long[] a, long[] b) {
        long x0 = a[0], x1 = a[1], x2 = a[2], x3 = a[3];
        long y0 = b[0], y1 = b[1], y2 = b[2], y3 = b[3];
        long d0 = x0 - y0;
        long bw = Long.compareUnsigned(x0, y0) < 0 ? 1L : 0L;
        long l = x1 - y1;
        long h = Long.compareUnsigned(x1, y1) < 0 ? 1L : 0L;
        long d1 = l - bw;
        bw = h | (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L);
        l = x2 - y2;
        h = Long.compareUnsigned(x2, y2) < 0 ? 1L : 0L;
        long d2 = l - bw;
        bw = h | (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L);
        l = x3 - y3;
        h = Long.compareUnsigned(x3, y3) < 0 ? 1L : 0L;
        long d3 = l - bw;
        bw = h | (Long.compareUnsigned(l, bw) < 0 ? 1L : 0L);
        // add p back when the difference went below zero
        long mask = -bw;
        long q0 = P0 & mask;
        long q1 = P1 & mask;
        long s0 = d0 + q0;
        long c = Long.compareUnsigned(s0, d0) < 0 ? 1L : 0L;
        l = d1 + q1;
        h = Long.compareUnsigned(l, d1) < 0 ? 1L : 0L;
        long s1 = l + c;
        c = h | (Long.compareUnsigned(s1, l) < 0 ? 1L : 0L);
        long s2 = d2 + c;
        c = Long.compareUnsigned(s2, d2) < 0 ? 1L : 0L;
        r[0] = s0;
        r[1] = s1;
        r[2] = s2;
        r[3] = d3 + (P3 & mask) + c;
    }

    /** r = -a mod p. */
    static void neg(long[] r, long[] a) {
        sub(r, ZERO, a);
    }

    /** True when a is zero. */
    static boolean isZero(long[] a) {
        return (a[0] | a[1] | a[2] | a[3]) == 0;
    }

    /** True when a and b are the same element. */
    static boolean equal(long[] a, long[] b) {
        return ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2]) | (a[3] ^ b[3])) == 0;
    }

    /** The Montgomery form of x, 0 <= x < p. */
    static long[] toMontgomery(BigInteger x) {
        long[] r = limbs(x);
        mul(r, r, R2);
        return r;
    }

    /** The integer of a Montgomery-form element. */
    static BigInteger toBigInteger(long[] a) {
        long[] r = new long[4];
        mul(r, a, ONE_PLAIN);
        byte[] be = new byte[33];
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 8; k++) {
                be[32 - 8 * i - k] = (byte) (r[i] >>> (8 * k));
            }
        }
        return new BigInteger(be);
    }

    /** The four limbs of 0 <= x < 2^256. */
    static long[] limbs(BigInteger x) {
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            r[i] = x.shiftRight(64 * i).longValue();
        }
        return r;
    }

    /** r = a^-1 (Montgomery form) by Fermat's little theorem; a must not be zero. Exponent public, time fixed. */
    static void invert(long[] r, long[] a) {
        BigInteger e = P.subtract(BigInteger.TWO);
        long[] acc = ONE.clone();
        long[] base = a.clone();
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            sqr(acc, acc);
            if (e.testBit(i)) {
                mul(acc, acc, base);
            }
        }
        System.arraycopy(acc, 0, r, 0, 4);
    }
}
