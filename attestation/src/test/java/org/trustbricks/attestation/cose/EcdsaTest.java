package org.trustbricks.attestation.cose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;

/** The ECDSA code against the JDK's own provider as an independent implementation. */
class EcdsaTest {

    private static final SoftwareCoseSigner OURS = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);

    private static boolean jdkVerifies(PublicKey key, byte[] msg, byte[] sig) throws GeneralSecurityException {
        Signature v = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        v.initVerify(key);
        v.update(msg);
        return v.verify(sig);
    }

    @Test
    void signatures_made_here_verify_with_the_jdk_and_jdk_signatures_verify_here() throws Exception {
        PublicKey oursForJdk = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(OURS.publicKey().spki()));
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", "SunEC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair jdk = g.generateKeyPair();
        EcPublicKey jdkForUs = EcPublicKey.fromJca(jdk.getPublic());
        qt().withExamples(100).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 64), integers().between(-1, 63)).checkAssert((text, flip) -> {
            try {
                byte[] msg = text.getBytes(StandardCharsets.UTF_8);
                byte[] mine = OURS.sign(msg);
                Signature s = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
                s.initSign(jdk.getPrivate());
                s.update(msg);
                byte[] theirs = s.sign();
                if (flip >= 0) {
                    mine[flip] ^= 1;
                    theirs[flip] ^= 1;
                }
                assertThat(jdkVerifies(oursForJdk, msg, mine)).isEqualTo(flip < 0);
                assertThat(Ecdsa.verify(OURS.publicKey(), msg, mine)).isEqualTo(flip < 0);
                assertThat(Ecdsa.verify(jdkForUs, msg, theirs)).isEqualTo(flip < 0);
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void rejects_zero_and_out_of_range_signature_halves() {
        byte[] msg = {1, 2, 3};
        assertThat(Ecdsa.verify(OURS.publicKey(), msg, new byte[64])).isFalse();
        byte[] ff = new byte[64];
        java.util.Arrays.fill(ff, (byte) 0xff);
        assertThat(Ecdsa.verify(OURS.publicKey(), msg, ff)).isFalse();
        assertThat(Ecdsa.verify(OURS.publicKey(), msg, new byte[63])).isFalse();
    }
}
