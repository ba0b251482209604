package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Affine odd multiples of one point P at eight 32-bit tiers: for tier k (0..7) and i below 2^(w-2), the entry
 * (2i + 1) * 2^(32k) * P, in Montgomery form. Wide tables ({@link #of}) are built with Bouncy Castle's point
 * arithmetic and one batch normalisation (for G at class load, for a public key once it is used again); the
 * width-2 table of a key's first use ({@link #tiersOf}) holds only the eight tier bases and is built with this
 * package's own arithmetic, about twenty times faster.
 */
final class P256Table {

    static final int TIERS = 8;
    static final int SPAN = 32;

    private final int width;
    private final long[] data;

    private P256Table(int width, long[] data) {
        this.width = width;
        this.data = data;
    }

    /** The table of point p for signed window width w (digits are odd, |d| < 2^(w-1)). */
    static P256Table of(ECPoint p, int width) {
        int perTier = 1 << (width - 2);
        ECPoint[] points = new ECPoint[TIERS * perTier];
        ECPoint base = p.normalize();
        for (int k = 0; k < TIERS; k++) {
            ECPoint twice = base.twice();
            ECPoint m = base;
            for (int i = 0; i < perTier; i++) {
                points[k * perTier + i] = m;
                m = m.add(twice);
            }
            base = base.timesPow2(SPAN).normalize();
        }
        ECCurve curve = p.getCurve();
        curve.normalizeAll(points);
        long[] data = new long[points.length * 8];
        for (int i = 0; i < points.length; i++) {
            put(data, i * 8, points[i].getAffineXCoord().toBigInteger());
            put(data, i * 8 + 4, points[i].getAffineYCoord().toBigInteger());
        }
        return new P256Table(width, data);
    }

    /** The width-2 table of the affine point (x, y) on the curve: its eight tier bases 2^(32k) * P. */
    static P256Table tiersOf(BigInteger x, BigInteger y) {
        P256Jacobian acc = new P256Jacobian();
        acc.addAffine(P256Field.toMontgomery(x), P256Field.toMontgomery(y));
        long[][] xs = new long[TIERS][];
        long[][] ys = new long[TIERS][];
        long[][] zs = new long[TIERS][];
        for (int k = 0; k < TIERS; k++) {
            xs[k] = acc.x.clone();
            ys[k] = acc.y.clone();
            zs[k] = acc.z.clone();
            for (int i = 0; k < TIERS - 1 && i < SPAN; i++) {
                acc.twice();
            }
        }
        long[][] prefix = new long[TIERS][4];
        prefix[0] = zs[0];
        for (int k = 1; k < TIERS; k++) {
            P256Field.mul(prefix[k], prefix[k - 1], zs[k]);
        }
        long[] inverse = new long[4];
        P256Field.invert(inverse, prefix[TIERS - 1]);
        long[] zInv = new long[4];
        long[] zInv2 = new long[4];
        long[] data = new long[TIERS * 8];
        long[] out = new long[4];
        for (int k = TIERS - 1; k >= 0; k--) {
            if (k > 0) {
                P256Field.mul(zInv, inverse, prefix[k - 1]);
                P256Field.mul(inverse, inverse, zs[k]);
            } else {
                System.arraycopy(inverse, 0, zInv, 0, 4);
            }
            P256Field.sqr(zInv2, zInv);
            P256Field.mul(out, xs[k], zInv2);
            System.arraycopy(out, 0, data, k * 8, 4);
            P256Field.mul(zInv2, zInv2, zInv);
            P256Field.mul(out, ys[k], zInv2);
            System.arraycopy(out, 0, data, k * 8 + 4, 4);
        }
        return new P256Table(2, data);
    }

    private static void put(long[] data, int offset, BigInteger v) {
        System.arraycopy(P256Field.toMontgomery(v), 0, data, offset, 4);
    }

    /** The window width. */
    int width() {
        return width;
    }

    /** Writes d * 2^(32 tier) * P (d odd, non-zero) into x and y. */
    void load(int tier, int digit, long[] x, long[] y) {
        int offset = ((tier << (width - 2)) + ((Math.abs(digit) - 1) >> 1)) << 3;
        System.arraycopy(data, offset, x, 0, 4);
        if (digit > 0) {
            System.arraycopy(data, offset + 4, y, 0, 4);
        } else {
            y[0] = data[offset + 4];
            y[1] = data[offset + 5];
            y[2] = data[offset + 6];
            y[3] = data[offset + 7];
            P256Field.neg(y, y);
        }
    }
}
