package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Affine odd multiples of one point P at eight 32-bit tiers: for tier k (0..7) and i below 2^(w-2), the entry
 * (2i + 1) * 2^(32k) * P, in Montgomery form. Built once per point (for G at class load, for a public key on its first
 * verification), with Bouncy Castle's point arithmetic and one batch normalisation.
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
