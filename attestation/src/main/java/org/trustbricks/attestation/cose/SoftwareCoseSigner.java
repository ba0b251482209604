package org.trustbricks.attestation.cose;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.trustbricks.common.MalformedInputException;

/** An ES256/384/512 signer whose private key lives in this process's memory (no hardware protection). */
public final class SoftwareCoseSigner implements CoseSigner {

    private final CoseAlgorithm alg;
    private final BigInteger d;
    private final EcPublicKey publicKey;

    private SoftwareCoseSigner(CoseAlgorithm alg, BigInteger d, EcPublicKey publicKey) {
        this.alg = alg;
        this.d = d;
        this.publicKey = publicKey;
    }

    /** A signer with a freshly generated key. */
    public static SoftwareCoseSigner generate(CoseAlgorithm alg) {
        if (!alg.isSignature()) {
            throw new IllegalArgumentException(alg + " is not a signature algorithm");
        }
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(alg.curve().domain(), new SecureRandom()));
        AsymmetricCipherKeyPair kp = gen.generateKeyPair();
        BigInteger d = ((ECPrivateKeyParameters) kp.getPrivate()).getD();
        try {
            return new SoftwareCoseSigner(alg, d, EcPublicKey.fromSec1(alg.curve(), ((ECPublicKeyParameters) kp.getPublic()).getQ().getEncoded(false)));
        } catch (MalformedInputException e) {
            throw new IllegalStateException("a generated key is always on the curve", e);
        }
    }

    /** A signer from an existing private scalar (for example read from a PEM file). */
    public static SoftwareCoseSigner of(CoseAlgorithm alg, BigInteger d) {
        ECPublicKeyParameters pub = new ECPublicKeyParameters(alg.curve().domain().getG().multiply(d).normalize(), alg.curve().domain());
        try {
            return new SoftwareCoseSigner(alg, d, EcPublicKey.fromSec1(alg.curve(), pub.getQ().getEncoded(false)));
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("the private scalar is not valid on " + alg.curve().secName(), e);
        }
    }

    @Override
    public CoseAlgorithm algorithm() {
        return alg;
    }

    @Override
    public EcPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        return Ecdsa.sign(alg.curve(), d, toBeSigned);
    }
}
