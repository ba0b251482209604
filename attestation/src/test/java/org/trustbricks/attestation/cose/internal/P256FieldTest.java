package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The field arithmetic against BigInteger on random and boundary elements. */
class P256FieldTest {

    private static final BigInteger P = P256Field.P;
    private static final List<BigInteger> EDGES = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, P.subtract(BigInteger.ONE),
            P.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(224), BigInteger.ONE.shiftLeft(192).subtract(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(P), P.shiftRight(1));

    private static BigInteger element(int seed) {
        if (seed >= 0 && seed < EDGES.size()) {
            return EDGES.get(seed);
        }
        Random random = new Random(seed);
        return new BigInteger(256, random).mod(P);
    }

    @Test
    void products_sums_and_differences_match_big_integer_arithmetic() {
        qt().withExamples(5000).forAll(integers().between(-1_000_000, 1_000_000), integers().between(-1_000_000, 1_000_000)).checkAssert((i, j) -> {
            BigInteger a = element(i);
            BigInteger b = element(j);
            long[] ma = P256Field.toMontgomery(a);
            long[] mb = P256Field.toMontgomery(b);
            long[] r = new long[4];
            P256Field.mul(r, ma, mb);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.multiply(b).mod(P));
            P256Field.sqr(r, ma);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.multiply(a).mod(P));
            P256Field.add(r, ma, mb);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.add(b).mod(P));
            P256Field.sub(r, ma, mb);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.subtract(b).mod(P));
            P256Field.neg(r, ma);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.negate().mod(P));
            assertThat(P256Field.equal(ma, mb)).isEqualTo(a.equals(b));
        });
    }

    @Test
    void every_boundary_pair_multiplies_adds_and_subtracts_correctly() {
        for (BigInteger a : EDGES) {
            for (BigInteger b : EDGES) {
                long[] r = new long[4];
                P256Field.mul(r, P256Field.toMontgomery(a), P256Field.toMontgomery(b));
                assertThat(P256Field.toBigInteger(r)).isEqualTo(a.multiply(b).mod(P));
                P256Field.add(r, P256Field.toMontgomery(a), P256Field.toMontgomery(b));
                assertThat(P256Field.toBigInteger(r)).isEqualTo(a.add(b).mod(P));
                P256Field.sqr(r, P256Field.toMontgomery(a));
                assertThat(P256Field.toBigInteger(r)).isEqualTo(a.multiply(a).mod(P));
                P256Field.sub(r, P256Field.toMontgomery(a), P256Field.toMontgomery(b));
                assertThat(P256Field.toBigInteger(r)).isEqualTo(a.subtract(b).mod(P));
            }
        }
    }

    @Test
    void inversion_gives_the_multiplicative_inverse() {
        qt().withExamples(200).forAll(integers().between(1, 1_000_000)).checkAssert(i -> {
            BigInteger a = element(i);
            if (a.signum() == 0) {
                return;
            }
            long[] r = new long[4];
            P256Field.invert(r, P256Field.toMontgomery(a));
            assertThat(P256Field.toBigInteger(r)).isEqualTo(a.modInverse(P));
        });
    }
}
