package org.trustbricks.attestation.cose;

/** A key that checks a COSE_Sign1 signature (an EC public key) or a COSE_Mac0 tag (an HMAC secret). */
public sealed interface VerificationKey permits EcPublicKey, HmacKey {

    /** A short description for messages, never the key material of a secret. */
    String describe();
}
