package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Random;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.common.MalformedInputException;

/** The P-256 verifier against Bouncy Castle and the JDK on random keys and messages, valid and tampered signatures. */
class P256VerifierTest {

    static final BigInteger N = P256Verifier.N;
    static final ECPoint G = EcCurve.P256.domain().getG();

    static P256PublicKey key(ECPoint q) {
        ECPoint a = q.normalize();
        try {
            return P256PublicKey.of(a.getAffineXCoord().toBigInteger(), a.getAffineYCoord().toBigInteger());
        } catch (MalformedInputException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] sig(BigInteger r, BigInteger s) {
        byte[] out = new byte[64];
        byte[] rb = r.toByteArray();
        byte[] sb = s.toByteArray();
        System.arraycopy(rb, Math.max(0, rb.length - 32), out, 32 - Math.min(32, rb.length), Math.min(32, rb.length));
        System.arraycopy(sb, Math.max(0, sb.length - 32), out, 64 - Math.min(32, sb.length), Math.min(32, sb.length));
        return out;
    }

    static boolean bouncyCastle(ECPoint q, byte[] hash, byte[] sig) {
        ECDSASigner v = new ECDSASigner();
        v.init(false, new ECPublicKeyParameters(q, EcCurve.P256.domain()));
        return v.verifySignature(hash, new BigInteger(1, sig, 0, 32), new BigInteger(1, sig, 32, 32));
    }

    /** A random key, a random hash and Bouncy Castle's signature of it, with one bit flipped unless flip is -1. */
    record Signed(ECPoint q, byte[] hash, byte[] signature) {
        static Signed random(int seed, int flip) {
                Random random = new Random(seed);
                BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
                ECPoint q = G.multiply(d).normalize();
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
                signer.init(true, new ECPrivateKeyParameters(d, EcCurve.P256.domain()));
                BigInteger[] rs = signer.generateSignature(hash);
                byte[] s = sig(rs[0], rs[1]);
                if (flip >= 0) {
                    s[flip >> 3] ^= (byte) (1 << (flip & 7));
                }
                return new Signed(q, hash, s);
        }
    }

    static byte[] sha256(byte[] m) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(m);
    }

    @Test
    void agrees_with_bouncy_castle_on_random_keys_messages_and_tampered_signatures() {
        qt().withExamples(300).forAll(integers().all(), integers().between(-1, 511)).checkAssert((seed, flip) -> {
            Signed t = Signed.random(seed, flip);
            assertThat(P256Verifier.verify(key(t.q()), t.hash(), t.signature())).isEqualTo(flip < 0).isEqualTo(bouncyCastle(t.q(), t.hash(), t.signature()));
        });
    }

    @Test
    void a_key_verifies_alike_on_its_first_use_and_once_its_wide_table_is_cached() {
        qt().withExamples(60).forAll(integers().all(), integers().between(-1, 511)).checkAssert((seed, flip) -> {
            Signed t = Signed.random(seed, flip);
            P256PublicKey k = key(t.q());
            boolean expected = bouncyCastle(t.q(), t.hash(), t.signature());
            assertThat(P256Verifier.verify(k, t.hash(), t.signature())).as("first use").isEqualTo(expected);
            assertThat(P256Verifier.verify(k, t.hash(), t.signature())).as("second use, wide table built").isEqualTo(expected);
            assertThat(P256Verifier.verify(k, t.hash(), t.signature())).as("third use, wide table cached").isEqualTo(expected);
        });
    }

    @Test
    void the_first_use_table_holds_the_same_points_as_the_wide_table() {
        ECPoint q = G.multiply(BigInteger.valueOf(0x5eed)).normalize();
        P256Table small = P256Table.tiersOf(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        P256Table wide = P256Table.of(q, 7);
        for (int tier = 0; tier < P256Table.TIERS; tier++) {
            for (int digit : new int[] {1, -1}) {
                long[] sx = new long[4];
                long[] sy = new long[4];
                long[] wx = new long[4];
                long[] wy = new long[4];
                small.load(tier, digit, sx, sy);
                wide.load(tier, digit, wx, wy);
                assertThat(sx).as("x of tier %d", tier).isEqualTo(wx);
                assertThat(sy).as("y of tier %d digit %d", tier, digit).isEqualTo(wy);
            }
        }
    }

    @Test
    void wide_tables_are_kept_for_a_bounded_number_of_keys() throws Exception {
        ECPoint q = G.multiply(BigInteger.valueOf(7)).normalize();
        P256Table table = P256Table.of(q, 7);
        for (int i = 0; i < WideTables.CAPACITY + 100; i++) {
            WideTables.put(key(q), table);
        }
        assertThat(WideTables.size()).isEqualTo(WideTables.CAPACITY);
    }

    @Test
    void verifies_jdk_signatures_and_rejects_them_under_another_key_or_message() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", "SunEC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair other = g.generateKeyPair();
        for (int i = 0; i < 50; i++) {
            KeyPair kp = g.generateKeyPair();
            byte[] msg = ("message " + i).getBytes();
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
            s.initSign(kp.getPrivate());
            s.update(msg);
            byte[] sig = s.sign();
            assertThat(P256Verifier.verify(jca(kp), sha256(msg), sig)).isTrue();
            assertThat(P256Verifier.verify(jca(other), sha256(msg), sig)).isFalse();
            assertThat(P256Verifier.verify(jca(kp), sha256(("message " + (i + 1)).getBytes()), sig)).isFalse();
        }
    }

    static P256PublicKey jca(KeyPair kp) throws MalformedInputException {
        ECPublicKey pub = (ECPublicKey) kp.getPublic();
        return P256PublicKey.of(pub.getW().getAffineX(), pub.getW().getAffineY());
    }

    @Test
    void rejects_zero_and_out_of_range_signature_halves_and_wrong_lengths() {
        BigInteger d = new BigInteger(255, new SecureRandom()).add(BigInteger.ONE);
        ECPoint q = G.multiply(d).normalize();
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ECPrivateKeyParameters(d, EcCurve.P256.domain()));
        BigInteger[] rs = signer.generateSignature(hash);
        P256PublicKey k = key(q);
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], rs[1]))).isTrue();
        assertThat(P256Verifier.verify(k, hash, sig(BigInteger.ZERO, rs[1]))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], BigInteger.ZERO))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0].add(N), rs[1]))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], rs[1].add(N)))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(N, rs[1]))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], N))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(N.subtract(BigInteger.ONE), rs[1]))).isFalse();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], N.subtract(rs[1])))).as("(r, n - s) is the other valid form").isTrue();
        assertThat(P256Verifier.verify(k, hash, sig(rs[0], rs[1].add(BigInteger.ONE).mod(N)))).isFalse();
        byte[] ones = new byte[64];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertThat(P256Verifier.verify(k, hash, ones)).isFalse();
        assertThat(P256Verifier.verify(k, hash, new byte[63])).isFalse();
        assertThat(P256Verifier.verify(k, hash, new byte[65])).isFalse();
        assertThat(P256Verifier.verify(k, hash, null)).isFalse();
    }

    @Test
    void refuses_keys_off_the_curve_or_outside_the_field_at_import() throws Exception {
        ECPoint q = G.multiply(BigInteger.valueOf(12345)).normalize();
        BigInteger x = q.getAffineXCoord().toBigInteger();
        BigInteger y = q.getAffineYCoord().toBigInteger();
        assertThat(P256PublicKey.of(x, y).x()).isEqualTo(x);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> P256PublicKey.of(x, y.add(BigInteger.ONE))).isInstanceOf(MalformedInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> P256PublicKey.of(x, y.add(P256Field.P))).isInstanceOf(MalformedInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> P256PublicKey.of(x.add(P256Field.P), y)).isInstanceOf(MalformedInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> P256PublicKey.of(BigInteger.ZERO, BigInteger.ZERO)).isInstanceOf(MalformedInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> P256PublicKey.of(x.negate(), y)).isInstanceOf(MalformedInputException.class);
    }
}
