package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;
import org.bouncycastle.util.BigIntegers;
import org.trustbricks.attestation.cose.EcCurve;

/**
 * ECDSA P-256 signature verification for public data: the signature, the message hash and the public key are all
 * public, so this code is variable-time (it branches on scalar digits and skips zero digits) and must never be used
 * with a secret scalar. It computes u1 * G + u2 * Q with interleaved wNAF over eight 32-bit tiers (32 doublings in
 * all): G's tiers come from a table built once (width 10, 2048 affine points), Q's from the key's own cached table
 * (width 7, 256 affine points); the x coordinate is compared with r as X == r * Z^2 (and (r + n) * Z^2 when r + n < p)
 * without any field inversion.
 */
public final class P256Verifier {

    /** The group order n. */
    static final BigInteger N = EcCurve.P256.domain().getN();
    private static final BigInteger P_MINUS_N = P256Field.P.subtract(N);
    private static final P256Table G = P256Table.of(EcCurve.P256.domain().getG(), 10);
    private static final int DIGITS = P256Table.SPAN + 1;

    private P256Verifier() {
    }

    /**
     * True when {@code signature} (r||s, 64 bytes) is valid for {@code hash} (the leftmost 256 bits are used) and
     * {@code key}. Out-of-range r or s (zero, n or above) and a result at infinity give false.
     */
    public static boolean verify(P256PublicKey key, byte[] hash, byte[] signature) {
        if (signature == null || signature.length != 64 || hash == null) {
            return false;
        }
        BigInteger r = new BigInteger(1, signature, 0, 32);
        BigInteger s = new BigInteger(1, signature, 32, 32);
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        BigInteger e = new BigInteger(1, hash, 0, Math.min(hash.length, 32));
        BigInteger w = BigIntegers.modOddInverseVar(N, s);
        BigInteger u1 = e.multiply(w).mod(N);
        BigInteger u2 = r.multiply(w).mod(N);
        P256Jacobian sum = sumOfMultiples(u1, key.table(), u2);
        if (sum.infinity) {
            return false;
        }
        long[] zz = new long[4];
        long[] candidate = new long[4];
        P256Field.sqr(zz, sum.z);
        P256Field.mul(candidate, P256Field.toMontgomery(r), zz);
        if (P256Field.equal(candidate, sum.x)) {
            return true;
        }
        if (r.compareTo(P_MINUS_N) < 0) {
            P256Field.mul(candidate, P256Field.toMontgomery(r.add(N)), zz);
            return P256Field.equal(candidate, sum.x);
        }
        return false;
    }

    /** u1 * G + u2 * Q (Straus: both scalars' wNAF digits share the 32 doublings). */
    static P256Jacobian sumOfMultiples(BigInteger u1, P256Table q, BigInteger u2) {
        short[] d1 = wnaf(u1, G.width());
        short[] d2 = wnaf(u2, q.width());
        P256Jacobian acc = new P256Jacobian();
        long[] ax = new long[4];
        long[] ay = new long[4];
        for (int j = DIGITS - 1; j >= 0; j--) {
            acc.twice();
            for (int k = 0; k < P256Table.TIERS; k++) {
                int a = d1[k * DIGITS + j];
                if (a != 0) {
                    G.load(k, a, ax, ay);
                    acc.addAffine(ax, ay);
                }
                int b = d2[k * DIGITS + j];
                if (b != 0) {
                    q.load(k, b, ax, ay);
                    acc.addAffine(ax, ay);
                }
            }
        }
        return acc;
    }

    /** The width-w NAF digits of each 32-bit tier of u (0 <= u < 2^256), DIGITS per tier, least significant first. */
    static short[] wnaf(BigInteger u, int width) {
        long[] limbs = P256Field.limbs(u);
        short[] out = new short[P256Table.TIERS * DIGITS];
        long full = 1L << width;
        long half = full >> 1;
        for (int k = 0; k < P256Table.TIERS; k++) {
            long c = (limbs[k >> 1] >>> (32 * (k & 1))) & 0xFFFFFFFFL;
            int i = 0;
            while (c != 0) {
                if ((c & 1) != 0) {
                    long d = c & (full - 1);
                    if (d >= half) {
                        d -= full;
                    }
                    c -= d;
                    out[k * DIGITS + i] = (short) d;
                }
                c >>= 1;
                i++;
            }
        }
        return out;
    }
}
