package org.trustbricks.attestation.cose.internal;

import java.math.BigInteger;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.common.MalformedInputException;

/**
 * A P-256 public key checked at import (coordinates below p, the point on the curve, hence not the point at
 * infinity). A key verified again within a minute of its previous use gets a wide table (16 KiB, built in about
 * 0.6 ms, then each verification takes about a quarter of the time) kept in a bounded cache shared by all keys;
 * other uses (a device onboarding once, or re-attesting every few hours) build a small table on the spot instead.
 */
public final class P256PublicKey {

    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);
    private static final int WIDTH = 7;

    private final BigInteger x;
    private final BigInteger y;
    private static final long HOT_NANOS = 60_000_000_000L;
    private static final long NEVER = Long.MIN_VALUE;

    private volatile long lastUse = NEVER;

    private P256PublicKey(BigInteger x, BigInteger y) {
        this.x = x;
        this.y = y;
    }

    /** The key with affine coordinates (x, y); refuses coordinates out of range and points off the curve. */
    public static P256PublicKey of(BigInteger x, BigInteger y) throws MalformedInputException {
        BigInteger p = P256Field.P;
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw new MalformedInputException("the P-256 public key has a coordinate outside the field");
        }
        BigInteger rhs = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(p);
        if (!y.multiply(y).mod(p).equals(rhs)) {
            throw new MalformedInputException("the P-256 public key is not a point on the curve");
        }
        return new P256PublicKey(x, y);
    }

    /** The affine x coordinate. */
    public BigInteger x() {
        return x;
    }

    /** The affine y coordinate. */
    public BigInteger y() {
        return y;
    }

    P256Table table() {
        long now = System.nanoTime();
        long previous = lastUse;
        lastUse = now;
        P256Table t = WideTables.get(this);
        if (t == null) {
            if (previous == NEVER || now - previous > HOT_NANOS) {
                return P256Table.tiersOf(x, y);
            }
            t = P256Table.of(EcCurve.P256.domain().getCurve().createPoint(x, y), WIDTH);
            WideTables.put(this, t);
        }
        return t;
    }
}
