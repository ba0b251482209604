package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.common.MalformedInputException;

/** Fuzzed keys, hashes and signatures (fresh ones and mutations of valid ones): the verifier agrees with Bouncy Castle. */
class P256VerifierFuzzTest {

    private static final BigInteger N = P256Verifier.N;

    @FuzzTest(maxDuration = "30s")
    void agrees_with_bouncy_castle_on_any_key_hash_and_signature(FuzzedDataProvider data) {
        BigInteger d = new BigInteger(1, data.consumeBytes(32)).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        ECPoint q = P256VerifierTest.G.multiply(d).normalize();
        byte[] hash = data.consumeBytes(40);
        byte[] signature;
        if (data.consumeBoolean()) {
            ECDSASigner signer = new ECDSASigner();
            signer.init(true, new ECPrivateKeyParameters(d, EcCurve.P256.domain()));
            BigInteger[] rs = signer.generateSignature(hash.length == 0 ? new byte[1] : hash);
            signature = P256VerifierTest.sig(rs[0], rs[1]);
            byte[] mask = data.consumeBytes(64);
            for (int i = 0; i < mask.length; i++) {
                signature[i] ^= mask[i];
            }
            hash = hash.length == 0 ? new byte[1] : hash;
        } else {
            signature = data.consumeRemainingAsBytes();
        }
        boolean ours = P256Verifier.verify(P256VerifierTest.key(q), hash, signature);
        boolean reference = signature.length == 64 && hash.length > 0 && P256VerifierTest.bouncyCastle(q, hash, signature);
        assertThat(ours).isEqualTo(reference);
    }

    @FuzzTest(maxDuration = "20s")
    void key_import_refuses_every_point_off_the_curve(FuzzedDataProvider data) {
        BigInteger x = new BigInteger(1, data.consumeBytes(33));
        BigInteger y = new BigInteger(1, data.consumeBytes(33));
        boolean onCurve;
        try {
            EcCurve.P256.domain().getCurve().validatePoint(x, y);
            onCurve = x.compareTo(P256Field.P) < 0 && y.compareTo(P256Field.P) < 0;
        } catch (RuntimeException e) {
            onCurve = false;
        }
        try {
            P256PublicKey.of(x, y);
            assertThat(onCurve).isTrue();
        } catch (MalformedInputException e) {
            assertThat(onCurve).isFalse();
        }
    }
}
