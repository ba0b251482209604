package org.trustbricks.attestation.cose;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.util.BigIntegers;
import org.trustbricks.attestation.cose.internal.P256Verifier;

/** ECDSA with signatures in the raw r||s form of COSE and JOSE, on Bouncy Castle's lightweight API. */
public final class Ecdsa {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MessageDigest SHA256 = sha256Prototype();

    private Ecdsa() {
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * True when {@code signature} (r||s) is a valid signature of {@code message} by {@code key}. P-256 keys use the
     * variable-time {@link P256Verifier} (signatures and keys are public) with the key's cached table; P-384 and P-521
     * use Bouncy Castle's lightweight {@link ECDSASigner} on the key's cached point.
     */
    public static boolean verify(EcPublicKey key, byte[] message, byte[] signature) {
        if (key.curve() == EcCurve.P256) {
            return P256Verifier.verify(key.p256(), sha256(message), signature);
        }
        return verifyWithBouncyCastle(key, message, signature);
    }

    /** The same check with Bouncy Castle on every curve (the reference the P-256 verifier is compared with). */
    static boolean verifyWithBouncyCastle(EcPublicKey key, byte[] message, byte[] signature) {
        int len = key.curve().fieldBytes();
        if (signature == null || signature.length != 2 * len) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, len));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, len, 2 * len));
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, key.parameters());
        return verifier.verifySignature(hash(key.curve(), message), r, s);
    }

    /**
     * Signs with a private scalar held in this process and returns r||s, with Bouncy Castle's {@link ECDSASigner} (its
     * fixed-point comb multiplier for k * G, a fresh random k per signature) on every curve.
     */
    public static byte[] sign(EcCurve curve, BigInteger privateScalar, byte[] message) {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(privateScalar, curve.domain()), RANDOM));
        BigInteger[] rs = signer.generateSignature(curve == EcCurve.P256 ? sha256(message) : hash(curve, message));
        return concat(curve, rs[0], rs[1]);
    }

    /** Joins r and s into the fixed-width r||s form. */
    public static byte[] concat(EcCurve curve, BigInteger r, BigInteger s) {
        int n = curve.fieldBytes();
        byte[] out = new byte[2 * n];
        BigIntegers.asUnsignedByteArray(r, out, 0, n);
        BigIntegers.asUnsignedByteArray(s, out, n, n);
        return out;
    }

    private static byte[] sha256(byte[] message) {
        try {
            MessageDigest d = (MessageDigest) SHA256.clone();
            return d.digest(message);
        } catch (CloneNotSupportedException e) {
            return hash(EcCurve.P256, message);
        }
    }

    static byte[] hash(EcCurve curve, byte[] message) {
        Digest d = curve.newDigest();
        d.update(message, 0, message.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
