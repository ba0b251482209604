package org.trustbricks.attestation.sc;

import java.util.Optional;
import java.util.UUID;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.CoseSigner;
import org.trustbricks.attestation.cose.EcPublicKey;

/**
 * A secure component that hosts TPS services: it generates and uses P-256 keys by reference (private keys never
 * leave it), seals data with a storage key that never leaves it, and gives random bytes.
 */
public interface SecureComponent extends AutoCloseable {

    /** The secure component instance UUID (services derive their instance ids from it). */
    UUID instance();

    /** The secure component type UUID. */
    UUID type();

    /** What protects the keys, in a sentence for people. */
    String protection();

    /** True only when keys are held by hardware or a separate token rather than this process's memory. */
    boolean keysOutsideProcess();

    /** Generates a new P-256 signing key under the label; fails if the label is taken. */
    KeyRef generateSigningKey(String label) throws SecureComponentException;

    /** The key with this label, if present. */
    Optional<KeyRef> findKey(String label) throws SecureComponentException;

    /** The public half of a signing key. */
    EcPublicKey publicKey(KeyRef key) throws SecureComponentException;

    /** ECDSA P-256 with SHA-256 over the data, as raw r||s. */
    byte[] signEs256(KeyRef key, byte[] data) throws SecureComponentException;

    /** Deletes a key. */
    void deleteKey(KeyRef key) throws SecureComponentException;

    /** Encrypts and authenticates the plaintext, binding it to the associated data (AES-256-GCM, component key). */
    byte[] seal(byte[] associatedData, byte[] plaintext) throws SecureComponentException;

    /** Reverses {@link #seal}; fails when the sealed bytes or the associated data were changed. */
    byte[] unseal(byte[] associatedData, byte[] sealed) throws SecureComponentException;

    /** Random bytes. */
    byte[] random(int length);

    /** A COSE signer backed by a key of this component. */
    default CoseSigner signer(KeyRef key) throws SecureComponentException {
        EcPublicKey pub = publicKey(key);
        SecureComponent sc = this;
        return new CoseSigner() {
            @Override
            public CoseAlgorithm algorithm() {
                return CoseAlgorithm.ES256;
            }

            @Override
            public EcPublicKey publicKey() {
                return pub;
            }

            @Override
            public byte[] sign(byte[] toBeSigned) {
                try {
                    return sc.signEs256(key, toBeSigned);
                } catch (SecureComponentException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
    }

    @Override
    void close();
}
