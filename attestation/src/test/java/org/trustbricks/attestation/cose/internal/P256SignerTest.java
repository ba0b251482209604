package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.G;
import static org.trustbricks.attestation.cose.internal.P256VerifierTest.N;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/** The constant-time signer: k * G against Bouncy Castle, and its signatures checked by Bouncy Castle. */
class P256SignerTest {

    private static BigInteger bcX(BigInteger k) {
        return G.multiply(k).normalize().getAffineXCoord().toBigInteger();
    }

    @Test
    void the_fixed_base_multiple_matches_bouncy_castle_for_random_and_boundary_scalars() {
        BigInteger[] edges = {BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(15), BigInteger.valueOf(16), BigInteger.valueOf(17),
                N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(252), BigInteger.ONE.shiftLeft(255),
                N.subtract(BigInteger.ONE.shiftLeft(252)), BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)};
        for (BigInteger k : edges) {
            assertThat(P256Signer.xOfMultiple(BigIntegers.asUnsignedByteArray(32, k))).as("k = %s", k).isEqualTo(bcX(k));
        }
        qt().withExamples(300).forAll(integers().all()).checkAssert(seed -> {
            BigInteger k = new BigInteger(256, new Random(seed)).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            assertThat(P256Signer.xOfMultiple(BigIntegers.asUnsignedByteArray(32, k))).isEqualTo(bcX(k));
        });
    }

    @Test
    void signatures_verify_with_bouncy_castle_and_here_and_not_for_another_hash() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 50; i++) {
            BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            byte[] hash = new byte[32];
            random.nextBytes(hash);
            byte[] sig = P256Signer.sign(d, hash, random);
            var q = G.multiply(d).normalize();
            assertThat(P256VerifierTest.bouncyCastle(q, hash, sig)).isTrue();
            assertThat(P256Verifier.verify(P256VerifierTest.key(q), hash, sig)).isTrue();
            hash[0] ^= 1;
            assertThat(P256VerifierTest.bouncyCastle(q, hash, sig)).isFalse();
        }
    }
}
