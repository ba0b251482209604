package org.trustbricks.attestation.cose;

/** Something that signs COSE to-be-signed bytes with a private key it holds (in a secure component or in memory). */
public interface CoseSigner {

    /** The algorithm this signer produces. */
    CoseAlgorithm algorithm();

    /** The public key matching the private key. */
    EcPublicKey publicKey();

    /** Signs the bytes and returns the raw r||s signature. */
    byte[] sign(byte[] toBeSigned);
}
