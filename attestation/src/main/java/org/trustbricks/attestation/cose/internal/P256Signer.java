package org.trustbricks.attestation.cose.internal;

import static org.trustbricks.attestation.cose.internal.P256ConstantTimeField.add;
import static org.trustbricks.attestation.cose.internal.P256ConstantTimeField.mul;
import static org.trustbricks.attestation.cose.internal.P256ConstantTimeField.sqr;
import static org.trustbricks.attestation.cose.internal.P256ConstantTimeField.sub;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.trustbricks.attestation.cose.EcCurve;

/**
 * ECDSA P-256 signing with a secret key. The multiplication k * G by the secret nonce runs in constant time: a
 * fixed-base table of j * 16^i * G (i = 0..63, j = 1..15), one affine addition per 4-bit window whatever the digit,
 * every table row scanned in full with masks, the point at infinity and zero digits handled by masked selection, and
 * field arithmetic that never branches on data ({@link P256ConstantTimeField}). For k in [1, n-1] the accumulated
 * multiple a (0 <= a < 16^i) can never equal +-j * 16^i modulo n, so the addition formula never meets its exceptional
 * cases. The scalar step s = k^-1 (e + r d) mod n is Bouncy Castle's own (constant-time modOddInverse for k^-1).
 */
public final class P256Signer {

    private static final BigInteger N = EcCurve.P256.domain().getN();
    private static final int WINDOWS = 64;
    private static final long[] TABLE = table();

    private P256Signer() {
    }

    /** The signature r||s (64 bytes) of {@code hash} (leftmost 256 bits used) by private scalar d, with a fresh random k. */
    public static byte[] sign(BigInteger d, byte[] hash, SecureRandom random) {
        BigInteger e = new BigInteger(1, hash, 0, Math.min(hash.length, 32));
        byte[] kBytes = new byte[32];
        while (true) {
            random.nextBytes(kBytes);
            BigInteger k = new BigInteger(1, kBytes);
            if (k.signum() == 0 || k.compareTo(N) >= 0) {
                continue;
            }
            BigInteger r = xOfMultiple(kBytes).mod(N);
            if (r.signum() == 0) {
                continue;
            }
            BigInteger s = BigIntegers.modOddInverse(N, k).multiply(e.add(d.multiply(r))).mod(N);
            if (s.signum() != 0) {
                byte[] out = new byte[64];
                BigIntegers.asUnsignedByteArray(r, out, 0, 32);
                BigIntegers.asUnsignedByteArray(s, out, 32, 32);
                return out;
            }
        }
    }

    /** The affine x coordinate of k * G, k given big-endian (32 bytes, 1 <= k < n). */
    static BigInteger xOfMultiple(byte[] k) {
        long[] x = new long[4];
        long[] y = new long[4];
        long[] z = new long[4];
        long[] sx = new long[4];
        long[] sy = new long[4];
        long[] sz = new long[4];
        long[] px = new long[4];
        long[] py = new long[4];
        long[][] scratch = {new long[4], new long[4], new long[4], new long[4]};
        long infinity = -1L;
        for (int i = 0; i < WINDOWS; i++) {
            int digit = (k[31 - (i >> 1)] >>> (4 * (i & 1))) & 15;
            select(i, digit, px, py);
            addAffine(x, y, z, px, py, sx, sy, sz, scratch);
            long zero = -(((long) digit - 1) >>> 63);
            for (int l = 0; l < 4; l++) {
                long kept = (x[l] & zero) | (sx[l] & ~zero);
                x[l] = (px[l] & infinity) | (kept & ~infinity);
                kept = (y[l] & zero) | (sy[l] & ~zero);
                y[l] = (py[l] & infinity) | (kept & ~infinity);
                kept = (z[l] & zero) | (sz[l] & ~zero);
                z[l] = (P256ConstantTimeField.ONE[l] & infinity) | (kept & ~infinity);
            }
            infinity &= zero;
        }
        long[] zi = new long[4];
        P256ConstantTimeField.invert(zi, z);
        sqr(zi, zi);
        mul(x, x, zi);
        return P256ConstantTimeField.toBigInteger(x);
    }

    /** Writes entry (window, digit) into px, py by reading the whole row; digit 0 gives zeros. */
    private static void select(int window, int digit, long[] px, long[] py) {
        long x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
        int base = window * 15 * 8;
        for (int j = 1; j <= 15; j++) {
            long m = -((((long) (j ^ digit)) - 1) >>> 63);
            int o = base + (j - 1) * 8;
            x0 |= TABLE[o] & m;
            x1 |= TABLE[o + 1] & m;
            x2 |= TABLE[o + 2] & m;
            x3 |= TABLE[o + 3] & m;
            y0 |= TABLE[o + 4] & m;
            y1 |= TABLE[o + 5] & m;
            y2 |= TABLE[o + 6] & m;
            y3 |= TABLE[o + 7] & m;
        }
        px[0] = x0; px[1] = x1; px[2] = x2; px[3] = x3;
        py[0] = y0; py[1] = y1; py[2] = y2; py[3] = y3;
    }

    /** (ox, oy, oz) = (x, y, z) + (ax, ay) by madd-2004-hmv, without branches (valid when the points differ and neither is infinity). */
    private static void addAffine(long[] x, long[] y, long[] z, long[] ax, long[] ay, long[] ox, long[] oy, long[] oz, long[][] t) {
        long[] t1 = t[0];
        long[] t2 = t[1];
        long[] t3 = t[2];
        long[] t4 = t[3];
        sqr(t1, z);
        mul(t2, t1, z);
        mul(t1, t1, ax);
        mul(t2, t2, ay);
        sub(t1, t1, x);
        sub(t2, t2, y);
        mul(oz, z, t1);
        sqr(t3, t1);
        mul(t4, t3, t1);
        mul(t3, t3, x);
        add(t1, t3, t3);
        sqr(ox, t2);
        sub(ox, ox, t1);
        sub(ox, ox, t4);
        sub(t3, t3, ox);
        mul(t3, t3, t2);
        mul(t4, t4, y);
        sub(oy, t3, t4);
    }

    private static long[] table() {
        ECPoint[] points = new ECPoint[WINDOWS * 15];
        ECPoint base = EcCurve.P256.domain().getG().normalize();
        for (int i = 0; i < WINDOWS; i++) {
            ECPoint m = base;
            for (int j = 0; j < 15; j++) {
                points[i * 15 + j] = m;
                m = m.add(base);
            }
            base = base.timesPow2(4).normalize();
        }
        EcCurve.P256.domain().getCurve().normalizeAll(points);
        long[] data = new long[points.length * 8];
        for (int i = 0; i < points.length; i++) {
            System.arraycopy(P256Field.toMontgomery(points[i].getAffineXCoord().toBigInteger()), 0, data, i * 8, 4);
            System.arraycopy(P256Field.toMontgomery(points[i].getAffineYCoord().toBigInteger()), 0, data, i * 8 + 4, 4);
        }
        return data;
    }
}
