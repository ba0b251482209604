package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;

/**
 * The constant-time twin of {@link P256Field}, for secret data (ECDSA signing): the same Montgomery arithmetic, with
 * every carry and borrow computed by bit operations rather than comparisons, so no operation can compile to a branch on
 * its operands. Arithmetic modulo the P-256 prime p = 2^256 - 2^224 + 2^192 + 2^96 - 1 on four 64-bit limbs (little-endian) in
 * Montgomery form (R = 2^256). Every result is fully reduced to [0, p), so equal elements have equal limbs. Products
 * use {@link Math#unsignedMultiplyHigh}, an intrinsic; the reduction exploits -p^-1 = 1 mod 2^64 and the sparse form
 * of p (one 64x64 product per round). The operations themselves do not branch on their operands.
 */
final class P256ConstantTimeField {

    static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final long P0 = 0xFFFFFFFFFFFFFFFFL;
    private static final long P1 = 0x00000000FFFFFFFFL;
    private static final long P3 = 0xFFFFFFFF00000001L;
    private static final long[] R2 = limbs(BigInteger.ONE.shiftLeft(512).mod(P));
    private static final long[] ONE_PLAIN = {1, 0, 0, 0};
    /** 1 in Montgomery form. */
    static final long[] ONE = limbs(BigInteger.ONE.shiftLeft(256).mod(P));

    private P256ConstantTimeField() {
    }

    /** r = a * b / R mod p; r may alias a or b. */
    static void mul(long[] r, long[] a, long[] b) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3];
        long s, c, h, l;
        long t0, t1, t2, t3, t4, t5, t6, t7;
        t0 = a0 * b0; c = Math.unsignedMultiplyHigh(a0, b0);
        l = a0 * b1; h = Math.unsignedMultiplyHigh(a0, b1);
        t1 = l + c; c = h + (((l & c) | ((l | c) & ~t1)) >>> 63);
        l = a0 * b2; h = Math.unsignedMultiplyHigh(a0, b2);
        t2 = l + c; c = h + (((l & c) | ((l | c) & ~t2)) >>> 63);
        l = a0 * b3; h = Math.unsignedMultiplyHigh(a0, b3);
        t3 = l + c; c = h + (((l & c) | ((l | c) & ~t3)) >>> 63);
        t4 = c;
        c = 0;
        l = a1 * b0; h = Math.unsignedMultiplyHigh(a1, b0);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t1 + l; h += ((t1 & l) | ((t1 | l) & ~s)) >>> 63; t1 = s; c = h;
        l = a1 * b1; h = Math.unsignedMultiplyHigh(a1, b1);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t2 + l; h += ((t2 & l) | ((t2 | l) & ~s)) >>> 63; t2 = s; c = h;
        l = a1 * b2; h = Math.unsignedMultiplyHigh(a1, b2);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t3 + l; h += ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s; c = h;
        l = a1 * b3; h = Math.unsignedMultiplyHigh(a1, b3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t4 + l; h += ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s; t5 = h;
        c = 0;
        l = a2 * b0; h = Math.unsignedMultiplyHigh(a2, b0);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t2 + l; h += ((t2 & l) | ((t2 | l) & ~s)) >>> 63; t2 = s; c = h;
        l = a2 * b1; h = Math.unsignedMultiplyHigh(a2, b1);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t3 + l; h += ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s; c = h;
        l = a2 * b2; h = Math.unsignedMultiplyHigh(a2, b2);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t4 + l; h += ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s; c = h;
        l = a2 * b3; h = Math.unsignedMultiplyHigh(a2, b3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t5 + l; h += ((t5 & l) | ((t5 | l) & ~s)) >>> 63; t5 = s; t6 = h;
        c = 0;
        l = a3 * b0; h = Math.unsignedMultiplyHigh(a3, b0);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t3 + l; h += ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s; c = h;
        l = a3 * b1; h = Math.unsignedMultiplyHigh(a3, b1);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t4 + l; h += ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s; c = h;
        l = a3 * b2; h = Math.unsignedMultiplyHigh(a3, b2);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t5 + l; h += ((t5 & l) | ((t5 | l) & ~s)) >>> 63; t5 = s; c = h;
        l = a3 * b3; h = Math.unsignedMultiplyHigh(a3, b3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t6 + l; h += ((t6 & l) | ((t6 | l) & ~s)) >>> 63; t6 = s; t7 = h;
        long cc = 0, m;
        m = t0;
        l = m << 32; s = t1 + l; c = ((t1 & l) | ((t1 | l) & ~s)) >>> 63; t1 = s;
        l = (m >>> 32) + c; s = t2 + l; c = ((t2 & l) | ((t2 | l) & ~s)) >>> 63; t2 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t3 + l; h += ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s;
        h += cc; s = t4 + h; cc = ((t4 & h) | ((t4 | h) & ~s)) >>> 63; t4 = s;
        m = t1;
        l = m << 32; s = t2 + l; c = ((t2 & l) | ((t2 | l) & ~s)) >>> 63; t2 = s;
        l = (m >>> 32) + c; s = t3 + l; c = ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t4 + l; h += ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s;
        h += cc; s = t5 + h; cc = ((t5 & h) | ((t5 | h) & ~s)) >>> 63; t5 = s;
        m = t2;
        l = m << 32; s = t3 + l; c = ((t3 & l) | ((t3 | l) & ~s)) >>> 63; t3 = s;
        l = (m >>> 32) + c; s = t4 + l; c = ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t5 + l; h += ((t5 & l) | ((t5 | l) & ~s)) >>> 63; t5 = s;
        h += cc; s = t6 + h; cc = ((t6 & h) | ((t6 | h) & ~s)) >>> 63; t6 = s;
        m = t3;
        l = m << 32; s = t4 + l; c = ((t4 & l) | ((t4 | l) & ~s)) >>> 63; t4 = s;
        l = (m >>> 32) + c; s = t5 + l; c = ((t5 & l) | ((t5 | l) & ~s)) >>> 63; t5 = s;
        l = m * P3; h = Math.unsignedMultiplyHigh(m, P3);
        s = l + c; h += ((l & c) | ((l | c) & ~s)) >>> 63; l = s;
        s = t6 + l; h += ((t6 & l) | ((t6 | l) & ~s)) >>> 63; t6 = s;
        h += cc; s = t7 + h; cc = ((t7 & h) | ((t7 | h) & ~s)) >>> 63; t7 = s;
        long d0 = t4 - P0; long bw = ((~t4 & P0) | ((~t4 | P0) & d0)) >>> 63;
        long d1, d2, d3;
        l = t5 - P1; h = ((~t5 & P1) | ((~t5 | P1) & l)) >>> 63; d1 = l - bw; h |= ((~l & bw) | ((~l | bw) & d1)) >>> 63; bw = h;
        l = t6 - 0L; h = ((~t6 & 0L) | ((~t6 | 0L) & l)) >>> 63; d2 = l - bw; h |= ((~l & bw) | ((~l | bw) & d2)) >>> 63; bw = h;
        l = t7 - P3; h = ((~t7 & P3) | ((~t7 | P3) & l)) >>> 63; d3 = l - bw; h |= ((~l & bw) | ((~l | bw) & d3)) >>> 63; bw = h;
        long keep = -(bw & ~cc & 1);
        r[0] = (t4 & keep) | (d0 & ~keep); r[1] = (t5 & keep) | (d1 & ~keep); r[2] = (t6 & keep) | (d2 & ~keep); r[3] = (t7 & keep) | (d3 & ~keep);
    }


    /** r = a^2 / R mod p. */
    static void sqr(long[] r, long[] a) {
        mul(r, a, a);
    }

    /** r = a + b mod p. */
    static void add(long[] r, long[] a, long[] b) {
        long x0 = a[0], x1 = a[1], x2 = a[2], x3 = a[3];
        long y0 = b[0], y1 = b[1], y2 = b[2], y3 = b[3];
        long s, c, l, h;
        long t0 = x0 + y0;
        c = ((x0 & y0) | ((x0 | y0) & ~t0)) >>> 63;
        l = x1 + y1; h = ((x1 & y1) | ((x1 | y1) & ~l)) >>> 63; s = l + c; h |= ((l & c) | ((l | c) & ~s)) >>> 63; long t1 = s; c = h;
        l = x2 + y2; h = ((x2 & y2) | ((x2 | y2) & ~l)) >>> 63; s = l + c; h |= ((l & c) | ((l | c) & ~s)) >>> 63; long t2 = s; c = h;
        l = x3 + y3; h = ((x3 & y3) | ((x3 | y3) & ~l)) >>> 63; s = l + c; h |= ((l & c) | ((l | c) & ~s)) >>> 63; long t3 = s; long cc = h;
        reduceOnce(r, t0, t1, t2, t3, cc);
    }

    private static void reduceOnce(long[] r, long t4, long t5, long t6, long t7, long cc) {
        long l, h;
        long d0 = t4 - P0; long bw = ((~t4 & P0) | ((~t4 | P0) & d0)) >>> 63;
        long d1, d2, d3;
        l = t5 - P1; h = ((~t5 & P1) | ((~t5 | P1) & l)) >>> 63; d1 = l - bw; h |= ((~l & bw) | ((~l | bw) & d1)) >>> 63; bw = h;
        l = t6; h = 0; d2 = l - bw; h |= ((~l & bw) | ((~l | bw) & d2)) >>> 63; bw = h;
        l = t7 - P3; h = ((~t7 & P3) | ((~t7 | P3) & l)) >>> 63; d3 = l - bw; h |= ((~l & bw) | ((~l | bw) & d3)) >>> 63; bw = h;
        long keep = -(bw & ~cc & 1);
        r[0] = (t4 & keep) | (d0 & ~keep); r[1] = (t5 & keep) | (d1 & ~keep); r[2] = (t6 & keep) | (d2 & ~keep); r[3] = (t7 & keep) | (d3 & ~keep);
    }

    /** r = a - b mod p. */
    static void sub(long[] r, long[] a, long[] b) {
        long x0 = a[0], x1 = a[1], x2 = a[2], x3 = a[3];
        long y0 = b[0], y1 = b[1], y2 = b[2], y3 = b[3];
        long l, h, s;
        long d0 = x0 - y0; long bw = ((~x0 & y0) | ((~x0 | y0) & d0)) >>> 63;
        l = x1 - y1; h = ((~x1 & y1) | ((~x1 | y1) & l)) >>> 63; long d1 = l - bw; h |= ((~l & bw) | ((~l | bw) & d1)) >>> 63; bw = h;
        l = x2 - y2; h = ((~x2 & y2) | ((~x2 | y2) & l)) >>> 63; long d2 = l - bw; h |= ((~l & bw) | ((~l | bw) & d2)) >>> 63; bw = h;
        l = x3 - y3; h = ((~x3 & y3) | ((~x3 | y3) & l)) >>> 63; long d3 = l - bw; h |= ((~l & bw) | ((~l | bw) & d3)) >>> 63; bw = h;
        long mask = -bw;
        long q0 = P0 & mask, q1 = P1 & mask, q3 = P3 & mask;
        long c;
        s = d0 + q0; c = ((d0 & q0) | ((d0 | q0) & ~s)) >>> 63; r[0] = s;
        l = d1 + q1; h = ((d1 & q1) | ((d1 | q1) & ~l)) >>> 63; s = l + c; h |= ((l & c) | ((l | c) & ~s)) >>> 63; r[1] = s; c = h;
        s = d2 + c; h = ((d2 & c) | ((d2 | c) & ~s)) >>> 63; r[2] = s; c = h;
        r[3] = d3 + q3 + c;
    }

    /** r = -a mod p. */
    static void neg(long[] r, long[] a) {
        sub(r, new long[4], a);
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
