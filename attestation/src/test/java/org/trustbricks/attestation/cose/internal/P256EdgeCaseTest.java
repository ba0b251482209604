package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.G;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.N;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.bouncyCastle;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.key;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.sig;

import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cose.EcCurve;

/**
 * Edge cases in the style of Wycheproof, built here: a key is derived for a chosen point R and chosen (e, s), so that
 * the signature (x(R) mod n, s) is valid for it; each case is also checked with Bouncy Castle.
 */
class P256EdgeCaseTest {

    private final Random random = new Random(7);

    /** The key Q for which (x(R) mod n, s) signs hash e: Q = (R - u1 G) / u2. */
    private static ECPoint keyFor(ECPoint r, BigInteger e, BigInteger s) {
        BigInteger rr = r.normalize().getAffineXCoord().toBigInteger().mod(N);
        BigInteger w = s.modInverse(N);
        BigInteger u1 = e.multiply(w).mod(N);
        BigInteger u2 = rr.multiply(w).mod(N);
        return r.subtract(G.multiply(u1)).multiply(u2.modInverse(N)).normalize();
    }

    private static byte[] bytes(BigInteger e) {
        return java.util.Arrays.copyOfRange(sig(BigInteger.ZERO, e), 32, 64);
    }

    private static ECPoint pointWithX(BigInteger x) {
        byte[] enc = new byte[33];
        enc[0] = 2;
        System.arraycopy(sig(BigInteger.ZERO, x), 32, enc, 1, 32);
        try {
            return EcCurve.P256.domain().getCurve().decodePoint(enc);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
    }

    private void assertValid(ECPoint q, BigInteger e, BigInteger r, BigInteger s) {
        byte[] h = bytes(e);
        assertThat(bouncyCastle(q, h, sig(r, s))).isTrue();
        assertThat(P256Verifier.verify(key(q), h, sig(r, s))).isTrue();
    }

    @Test
    void accepts_r_reduced_from_an_x_coordinate_above_n_and_refuses_the_unreduced_x() {
        BigInteger x = N;
        ECPoint r = pointWithX(x);
        while (r == null) {
            x = x.add(BigInteger.ONE);
            r = pointWithX(x);
        }
        BigInteger e = new BigInteger(256, random);
        BigInteger s = new BigInteger(255, random).add(BigInteger.ONE);
        ECPoint q = keyFor(r, e, s);
        assertValid(q, e, x.subtract(N), s);
        assertThat(P256Verifier.verify(key(q), bytes(e), sig(x, s))).isFalse();
    }

    @Test
    void accepts_s_equal_to_one_and_to_n_minus_one() {
        for (BigInteger s : new BigInteger[] {BigInteger.ONE, N.subtract(BigInteger.ONE)}) {
            ECPoint r = G.multiply(new BigInteger(255, random).add(BigInteger.ONE)).normalize();
            BigInteger e = new BigInteger(256, random);
            assertValid(keyFor(r, e, s), e, r.getAffineXCoord().toBigInteger().mod(N), s);
        }
    }

    @Test
    void accepts_r_equal_to_n_minus_one_when_it_is_an_x_coordinate_and_small_r() {
        for (BigInteger x : new BigInteger[] {N.subtract(BigInteger.ONE), BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3), BigInteger.valueOf(5)}) {
            ECPoint r = pointWithX(x);
            if (r != null) {
                BigInteger e = new BigInteger(256, random);
                BigInteger s = new BigInteger(255, random).add(BigInteger.ONE);
                assertValid(keyFor(r, e, s), e, x, s);
            }
        }
    }

    @Test
    void handles_equal_points_met_during_the_sum_when_the_key_is_the_generator() {
        for (int i = 0; i < 20; i++) {
            BigInteger k = new BigInteger(255, random).add(BigInteger.ONE);
            BigInteger r = G.multiply(k).normalize().getAffineXCoord().toBigInteger().mod(N);
            BigInteger s = r.add(r).multiply(k.modInverse(N)).mod(N);
            assertValid(G, r, r, s);
        }
    }

    @Test
    void rejects_a_signature_whose_sum_is_the_point_at_infinity() {
        BigInteger r = new BigInteger(255, random).add(BigInteger.ONE);
        BigInteger s = new BigInteger(255, random).add(BigInteger.ONE);
        byte[] h = bytes(N.subtract(r));
        assertThat(bouncyCastle(G, h, sig(r, s))).isFalse();
        assertThat(P256Verifier.verify(key(G), h, sig(r, s))).isFalse();
    }

    @Test
    void accepts_hashes_of_zero_and_of_all_ones_and_the_key_minus_g() {
        for (BigInteger e : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), N, N.add(BigInteger.ONE)}) {
            ECPoint r = G.multiply(new BigInteger(255, random).add(BigInteger.ONE)).normalize();
            BigInteger s = new BigInteger(255, random).add(BigInteger.ONE);
            assertValid(keyFor(r, e, s), e, r.getAffineXCoord().toBigInteger().mod(N), s);
        }
        BigInteger k = new BigInteger(255, random).add(BigInteger.ONE);
        BigInteger r = G.multiply(k).normalize().getAffineXCoord().toBigInteger().mod(N);
        BigInteger e = new BigInteger(256, random).mod(N);
        BigInteger s = e.subtract(r).multiply(k.modInverse(N)).mod(N);
        if (s.signum() != 0) {
            assertValid(G.negate(), e, r, s);
        }
    }
}
