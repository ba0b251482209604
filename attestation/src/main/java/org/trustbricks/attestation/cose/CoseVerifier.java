package org.trustbricks.attestation.cose;

import java.security.MessageDigest;
import org.trustbricks.attestation.cbor.CborDiagnostic;

/**
 * Checks a COSE message with a key, refusing algorithm confusion: a missing or unknown algorithm ("none"), a MAC
 * checked with a public key, a signature checked with a secret, or an algorithm whose curve differs from the key's.
 */
public final class CoseVerifier {

    private CoseVerifier() {
    }

    /** Returns normally when the message verifies with the key; otherwise says why not. */
    public static void verify(CoseMessage message, VerificationKey key) throws UnableToVerifySignatureException {
        CoseAlgorithm alg = message.algorithm().orElseThrow(() -> UnableToVerifySignatureException.refused(
                message.algorithmHeader() == null ? "the protected header names no algorithm; unprotected tokens are refused"
                        : "algorithm " + CborDiagnostic.of(message.algorithmHeader()) + " is not accepted"));
        switch (message) {
            case CoseSign1 s -> verifySign1(s, alg, key);
            case CoseMac0 m -> verifyMac0(m, alg, key);
        }
    }

    private static void verifySign1(CoseSign1 s, CoseAlgorithm alg, VerificationKey key) throws UnableToVerifySignatureException {
        if (!alg.isSignature()) {
            throw UnableToVerifySignatureException.refused("COSE_Sign1 names the MAC algorithm " + alg + "; refused");
        }
        if (!(key instanceof EcPublicKey ec)) {
            throw UnableToVerifySignatureException.refused("a COSE_Sign1 signature needs a public key, not an HMAC secret");
        }
        if (ec.curve() != alg.curve()) {
            throw UnableToVerifySignatureException.refused("the token's algorithm " + alg + " does not match the key's curve "
                    + ec.curve().secName());
        }
        if (!Ecdsa.verify(ec, s.toBeSigned(), s.signature())) {
            throw UnableToVerifySignatureException.mismatch("the COSE_Sign1 " + alg + " signature");
        }
    }

    private static void verifyMac0(CoseMac0 m, CoseAlgorithm alg, VerificationKey key) throws UnableToVerifySignatureException {
        if (alg.isSignature()) {
            throw UnableToVerifySignatureException.refused("COSE_Mac0 names the signature algorithm " + alg + "; refused");
        }
        if (!(key instanceof HmacKey hk)) {
            throw UnableToVerifySignatureException.refused("a COSE_Mac0 tag needs the shared HMAC secret; a public key is never used as one");
        }
        byte[] expected = CoseMac0.hmac(alg, hk, m.toBeMaced());
        if (!MessageDigest.isEqual(expected, m.tag())) {
            throw UnableToVerifySignatureException.mismatch("the COSE_Mac0 " + alg + " tag");
        }
    }
}
