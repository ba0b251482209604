package org.trustbricks.attestation.sc;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.tps.TpsUuids;

/**
 * A secure component emulated in this process, for development and tests. It offers NO hardware protection: its
 * keys live in the JVM's memory, readable by anything that can read the process, and vanish when it ends.
 */
public final class SoftwareSecureComponent implements SecureComponent {

    /** The secure component type of this emulation (a TrustBricks identifier, not a GlobalPlatform one). */
    public static final UUID TYPE = TpsUuids.v5(TpsUuids.TPS_NAMESPACE, "org.trustbricks:software-sc");

    private static final int IV_BYTES = 12;

    private final UUID instance;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SoftwareCoseSigner> keys = new ConcurrentHashMap<>();
    private final byte[] storageKey = new byte[32];

    private SoftwareSecureComponent(UUID instance) {
        this.instance = instance;
        random.nextBytes(storageKey);
    }

    /** A new emulated component with the given instance UUID. */
    public static SoftwareSecureComponent create(UUID instance) {
        return new SoftwareSecureComponent(instance);
    }

    @Override
    public UUID instance() {
        return instance;
    }

    @Override
    public UUID type() {
        return TYPE;
    }

    @Override
    public String protection() {
        return "none: software emulation, keys are in this process's memory (development only)";
    }

    @Override
    public boolean keysOutsideProcess() {
        return false;
    }

    @Override
    public KeyRef generateSigningKey(String label) throws SecureComponentException {
        KeyRef ref = new KeyRef(label);
        if (keys.putIfAbsent(label, SoftwareCoseSigner.generate(CoseAlgorithm.ES256)) != null) {
            throw SecureComponentException.because("a key labelled " + label + " already exists");
        }
        return ref;
    }

    @Override
    public Optional<KeyRef> findKey(String label) {
        return keys.containsKey(label) ? Optional.of(new KeyRef(label)) : Optional.empty();
    }

    private SoftwareCoseSigner key(KeyRef ref) throws SecureComponentException {
        SoftwareCoseSigner k = keys.get(ref.label());
        if (k == null) {
            throw SecureComponentException.because("no key labelled " + ref.label());
        }
        return k;
    }

    @Override
    public EcPublicKey publicKey(KeyRef key) throws SecureComponentException {
        return key(key).publicKey();
    }

    @Override
    public byte[] signEs256(KeyRef key, byte[] data) throws SecureComponentException {
        return key(key).sign(data);
    }

    @Override
    public void deleteKey(KeyRef key) throws SecureComponentException {
        if (keys.remove(key.label()) == null) {
            throw SecureComponentException.because("no key labelled " + key.label());
        }
    }

    @Override
    public byte[] seal(byte[] associatedData, byte[] plaintext) throws SecureComponentException {
        byte[] iv = random(IV_BYTES);
        byte[] ct = gcm(Cipher.ENCRYPT_MODE, iv, associatedData, plaintext);
        byte[] out = new byte[IV_BYTES + ct.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(ct, 0, out, IV_BYTES, ct.length);
        return out;
    }

    @Override
    public byte[] unseal(byte[] associatedData, byte[] sealed) throws SecureComponentException {
        if (sealed.length < IV_BYTES + 16) {
            throw SecureComponentException.because("the sealed data is too short");
        }
        byte[] iv = java.util.Arrays.copyOf(sealed, IV_BYTES);
        return gcm(Cipher.DECRYPT_MODE, iv, associatedData, java.util.Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
    }

    private byte[] gcm(int mode, byte[] iv, byte[] aad, byte[] data) throws SecureComponentException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(storageKey, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return c.doFinal(data);
        } catch (javax.crypto.AEADBadTagException e) {
            throw SecureComponentException.because("integrity check failed: the data was changed or belongs to another client or component");
        } catch (GeneralSecurityException e) {
            throw SecureComponentException.because("AES-GCM failed", e);
        }
    }

    @Override
    public byte[] random(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    @Override
    public void close() {
        keys.clear();
        java.util.Arrays.fill(storageKey, (byte) 0);
    }
}
