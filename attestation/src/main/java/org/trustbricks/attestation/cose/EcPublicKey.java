package org.trustbricks.attestation.cose;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.trustbricks.attestation.cose.internal.P256PublicKey;
import org.trustbricks.common.MalformedInputException;

/**
 * An EC public key on P-256, P-384 or P-521, held as Bouncy Castle parameters on the optimised curve so that
 * repeated verifications reuse the point's precomputation; a P-256 key also carries its own verification table
 * ({@link P256PublicKey}), built on first use.
 */
public final class EcPublicKey implements VerificationKey {

    private final EcCurve curve;
    private final ECPublicKeyParameters params;
    private final P256PublicKey p256;

    private EcPublicKey(EcCurve curve, ECPublicKeyParameters params) throws MalformedInputException {
        this.curve = curve;
        this.params = params;
        ECPoint q = params.getQ().normalize();
        this.p256 = curve == EcCurve.P256
                ? P256PublicKey.of(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()) : null;
    }

    /** A key from affine coordinates; refuses points that are not on the curve. */
    public static EcPublicKey of(EcCurve curve, BigInteger x, BigInteger y) throws MalformedInputException {
        try {
            ECDomainParameters d = curve.domain();
            ECPoint q = d.getCurve().createPoint(x, y);
            return new EcPublicKey(curve, new ECPublicKeyParameters(q, d));
        } catch (RuntimeException e) {
            throw new MalformedInputException("the EC public key is not a valid point on " + curve.secName());
        }
    }

    /** A key from an uncompressed (0x04 || x || y) or compressed SEC1 point. */
    public static EcPublicKey fromSec1(EcCurve curve, byte[] point) throws MalformedInputException {
        try {
            ECDomainParameters d = curve.domain();
            return new EcPublicKey(curve, new ECPublicKeyParameters(d.getCurve().decodePoint(point), d));
        } catch (RuntimeException e) {
            throw new MalformedInputException("the EC public key is not a valid point on " + curve.secName());
        }
    }

    /** A key from a DER SubjectPublicKeyInfo. */
    public static EcPublicKey fromSpki(byte[] der) throws MalformedInputException {
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(der);
            AsymmetricKeyParameter p = PublicKeyFactory.createKey(spki);
            if (!(p instanceof ECPublicKeyParameters ec)) {
                throw new MalformedInputException("the public key is not an EC key");
            }
            EcCurve curve = curveOf(ec.getParameters());
            if (curve == null) {
                throw new MalformedInputException("the EC public key is not on P-256, P-384 or P-521");
            }
            return fromSec1(curve, ec.getQ().getEncoded(false));
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("not a readable SubjectPublicKeyInfo");
        }
    }

    /** A key from a JCA public key. */
    public static EcPublicKey fromJca(PublicKey key) throws MalformedInputException {
        return fromSpki(key.getEncoded());
    }

    /** A key from a PEM "PUBLIC KEY" block or an "EC PRIVATE KEY" block (its public half). */
    public static EcPublicKey fromPem(String pem) throws MalformedInputException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            if (o instanceof SubjectPublicKeyInfo spki) {
                return fromSpki(spki.getEncoded());
            }
            if (o instanceof PEMKeyPair kp) {
                return fromSpki(kp.getPublicKeyInfo().getEncoded());
            }
            throw new MalformedInputException("the PEM text holds no EC public key");
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("the PEM text could not be read: " + e.getClass().getSimpleName());
        }
    }

    private static EcCurve curveOf(ECDomainParameters p) {
        for (EcCurve c : EcCurve.values()) {
            if (c.domain().getN().equals(p.getN())
                    && Arrays.equals(c.domain().getG().getEncoded(false), p.getG().getEncoded(false))) {
                return c;
            }
        }
        return null;
    }

    /** The curve. */
    public EcCurve curve() {
        return curve;
    }

    ECPublicKeyParameters parameters() {
        return params;
    }

    /** The key in the form of the P-256 verifier (with its cached table), or null on other curves. */
    P256PublicKey p256() {
        return p256;
    }

    /** The uncompressed SEC1 encoding of the point. */
    public byte[] sec1() {
        return params.getQ().getEncoded(false);
    }

    /** The DER SubjectPublicKeyInfo, naming the curve by its OID. */
    public byte[] spki() {
        try {
            return new SubjectPublicKeyInfo(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_ecPublicKey, curve.oid()), sec1()).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("encoding a valid EC key failed", e);
        }
    }

    /** The PEM "PUBLIC KEY" text. */
    public String toPem() {
        String b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(spki());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public String describe() {
        byte[] s = sec1();
        return curve.secName() + " public key " + HexFormat.of().formatHex(Arrays.copyOfRange(s, 1, 9)) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcPublicKey k && k.curve == curve && Arrays.equals(k.sec1(), sec1());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sec1());
    }
}
