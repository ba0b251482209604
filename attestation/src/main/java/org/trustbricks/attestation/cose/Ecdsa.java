package org.trustbricks.attestation.cose;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.util.BigIntegers;

/** ECDSA with signatures in the raw r||s form of COSE and JOSE, on Bouncy Castle's lightweight API. */
public final class Ecdsa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ecdsa() {
    }

    /**
     * True when {@code signature} (r||s) is a valid signature of {@code message} by {@code key}. Uses Bouncy Castle's
     * lightweight {@link ECDSASigner} on the key's cached point, so the wNAF precomputation of a key is made once.
     */
    public static boolean verify(EcPublicKey key, byte[] message, byte[] signature) {
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

    /** Signs with a private scalar held in this process and returns r||s. */
    public static byte[] sign(EcCurve curve, BigInteger privateScalar, byte[] message) {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(privateScalar, curve.domain()), RANDOM));
        BigInteger[] rs = signer.generateSignature(hash(curve, message));
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

    static byte[] hash(EcCurve curve, byte[] message) {
        Digest d = curve.newDigest();
        d.update(message, 0, message.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
