package org.trustbricks.attestation.cose.internal;

import static org.trustbricks.attestation.cose.internal.P256Field.add;
import static org.trustbricks.attestation.cose.internal.P256Field.mul;
import static org.trustbricks.attestation.cose.internal.P256Field.sqr;
import static org.trustbricks.attestation.cose.internal.P256Field.sub;

/**
 * A mutable P-256 point in Jacobian coordinates (x = X/Z^2, y = Y/Z^3, Montgomery form) with its own scratch space,
 * for one scalar multiplication at a time. Doubling uses the a = -3 formula (dbl-2001-b, 3M + 5S); addition takes an
 * affine point (madd-2004-hmv, 8M + 3S). The special cases (infinity, equal or opposite points) branch, so this class
 * is for public data only.
 */
final class P256Jacobian {

    final long[] x = new long[4];
    final long[] y = new long[4];
    final long[] z = new long[4];
    boolean infinity = true;

    private final long[] t1 = new long[4];
    private final long[] t2 = new long[4];
    private final long[] t3 = new long[4];
    private final long[] t4 = new long[4];

    /** this = 2 * this. */
    void twice() {
        if (infinity) {
            return;
        }
        long[] delta = t1;
        long[] gamma = t2;
        long[] beta = t3;
        long[] alpha = t4;
        sqr(delta, z);
        sqr(gamma, y);
        mul(beta, x, gamma);
        sub(alpha, x, delta);
        add(z, y, z);
        add(y, x, delta);
        mul(alpha, alpha, y);
        add(y, alpha, alpha);
        add(alpha, alpha, y);
        sqr(z, z);
        sub(z, z, gamma);
        sub(z, z, delta);
        add(beta, beta, beta);
        add(beta, beta, beta);
        sqr(x, alpha);
        sub(x, x, beta);
        sub(x, x, beta);
        sub(y, beta, x);
        mul(y, alpha, y);
        sqr(gamma, gamma);
        add(gamma, gamma, gamma);
        add(gamma, gamma, gamma);
        add(gamma, gamma, gamma);
        sub(y, y, gamma);
    }

    /** this = this + (ax, ay), an affine point on the curve. */
    void addAffine(long[] ax, long[] ay) {
        if (infinity) {
            System.arraycopy(ax, 0, x, 0, 4);
            System.arraycopy(ay, 0, y, 0, 4);
            System.arraycopy(P256Field.ONE, 0, z, 0, 4);
            infinity = false;
            return;
        }
        sqr(t1, z);
        mul(t2, t1, z);
        mul(t1, t1, ax);
        mul(t2, t2, ay);
        sub(t1, t1, x);
        sub(t2, t2, y);
        if (P256Field.isZero(t1)) {
            if (P256Field.isZero(t2)) {
                twice();
            } else {
                infinity = true;
            }
            return;
        }
        mul(z, z, t1);
        sqr(t3, t1);
        mul(t4, t3, t1);
        mul(t3, t3, x);
        add(t1, t3, t3);
        sqr(x, t2);
        sub(x, x, t1);
        sub(x, x, t4);
        sub(t3, t3, x);
        mul(t3, t3, t2);
        mul(t4, t4, y);
        sub(y, t3, t4);
    }
}
