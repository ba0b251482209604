package org.trustbricks.attestation.sc;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.tps.TpsUuids;
import org.trustbricks.common.MalformedInputException;

/**
 * A secure component on a PKCS#11 token (for example SoftHSM2 or an HSM), reached through the JDK's SunPKCS11
 * provider configured at run time. Private keys and the storage key are generated inside the token as sensitive,
 * non-extractable token objects; signing and sealing run in the token.
 */
public final class Pkcs11SecureComponent implements SecureComponent {

    /** The secure component type of a PKCS#11 token (a TrustBricks identifier, not a GlobalPlatform one). */
    public static final UUID TYPE = TpsUuids.v5(TpsUuids.TPS_NAMESPACE, "org.trustbricks:pkcs11-sc");

    private static final String STORAGE_KEY = "trustbricks-storage-key";
    private static final int IV_BYTES = 12;
    private static final AtomicInteger PROVIDERS = new AtomicInteger();

    private final UUID instance;
    private final Provider provider;
    private final KeyStore keyStore;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    private Pkcs11SecureComponent(UUID instance, Provider provider, KeyStore keyStore) {
        this.instance = instance;
        this.provider = provider;
        this.keyStore = keyStore;
    }

    /** Logs in to the token in {@code slot} of the PKCS#11 library with the user PIN. */
    public static Pkcs11SecureComponent open(Path library, long slot, char[] pin, UUID instance) throws SecureComponentException {
        if (!Files.isReadable(library)) {
            throw SecureComponentException.because("the PKCS#11 library " + library + " is not readable");
        }
        String config = "--name=TrustBricks" + PROVIDERS.incrementAndGet() + "\n"
                + "library=" + library.toAbsolutePath() + "\n"
                + "slot=" + slot + "\n"
                + "attributes(generate,CKO_PRIVATE_KEY,*)={\n  CKA_TOKEN=true\n  CKA_SENSITIVE=true\n  CKA_EXTRACTABLE=false\n}\n"
                + "attributes(generate,CKO_SECRET_KEY,*)={\n  CKA_TOKEN=true\n  CKA_SENSITIVE=true\n  CKA_EXTRACTABLE=false\n}\n";
        try {
            Provider p = Security.getProvider("SunPKCS11").configure(config);
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, pin);
            Pkcs11SecureComponent sc = new Pkcs11SecureComponent(instance, p, ks);
            sc.ensureStorageKey();
            return sc;
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            throw SecureComponentException.because("could not open PKCS#11 slot " + slot, e);
        }
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
        return "PKCS#11 token (" + provider.getName() + "): keys are sensitive, non-extractable token objects";
    }

    @Override
    public boolean keysOutsideProcess() {
        return true;
    }

    private void ensureStorageKey() throws GeneralSecurityException {
        if (!keyStore.containsAlias(STORAGE_KEY)) {
            KeyGenerator g = KeyGenerator.getInstance("AES", provider);
            g.init(256);
            keyStore.setEntry(STORAGE_KEY, new KeyStore.SecretKeyEntry(g.generateKey()), null);
        }
    }

    @Override
    public synchronized KeyRef generateSigningKey(String label) throws SecureComponentException {
        KeyRef ref = new KeyRef(label);
        try {
            if (keyStore.containsAlias(label)) {
                throw SecureComponentException.because("a key labelled " + label + " already exists");
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair kp = g.generateKeyPair();
            keyStore.setKeyEntry(label, kp.getPrivate(), null, new Certificate[] {selfSigned(label, kp)});
            return ref;
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.cert.CertIOException | RuntimeException e) {
            throw SecureComponentException.because("the token could not generate key " + label, e);
        }
    }

    private X509Certificate selfSigned(String label, KeyPair kp) throws GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException, org.bouncycastle.cert.CertIOException {
        X500Name name = new X500Name("CN=" + label);
        Date now = new Date();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random), now,
                new Date(now.getTime() + 3650L * 24 * 3600 * 1000), name, kp.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(kp.getPrivate())));
    }

    @Override
    public Optional<KeyRef> findKey(String label) throws SecureComponentException {
        try {
            return keyStore.isKeyEntry(label) && !STORAGE_KEY.equals(label) ? Optional.of(new KeyRef(label)) : Optional.empty();
        } catch (GeneralSecurityException e) {
            throw SecureComponentException.because("the token could not be searched", e);
        }
    }

    @Override
    public EcPublicKey publicKey(KeyRef key) throws SecureComponentException {
        try {
            Certificate c = keyStore.getCertificate(key.label());
            if (c == null) {
                throw SecureComponentException.because("no key labelled " + key.label());
            }
            return EcPublicKey.fromJca(c.getPublicKey());
        } catch (GeneralSecurityException | MalformedInputException e) {
            throw SecureComponentException.because("the public key of " + key.label() + " could not be read", e);
        }
    }

    private PrivateKey privateKey(KeyRef key) throws SecureComponentException {
        PrivateKey k = privateKeys.get(key.label());
        if (k != null) {
            return k;
        }
        try {
            Key found = keyStore.getKey(key.label(), null);
            if (!(found instanceof PrivateKey pk)) {
                throw SecureComponentException.because("no signing key labelled " + key.label());
            }
            privateKeys.put(key.label(), pk);
            return pk;
        } catch (GeneralSecurityException e) {
            throw SecureComponentException.because("the token could not find key " + key.label(), e);
        }
    }

    @Override
    public byte[] signEs256(KeyRef key, byte[] data) throws SecureComponentException {
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format", provider);
            s.initSign(privateKey(key));
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw SecureComponentException.because("the token could not sign with " + key.label(), e);
        }
    }

    @Override
    public synchronized void deleteKey(KeyRef key) throws SecureComponentException {
        try {
            if (!keyStore.isKeyEntry(key.label()) || STORAGE_KEY.equals(key.label())) {
                throw SecureComponentException.because("no key labelled " + key.label());
            }
            keyStore.deleteEntry(key.label());
            privateKeys.remove(key.label());
        } catch (GeneralSecurityException e) {
            throw SecureComponentException.because("the token could not delete " + key.label(), e);
        }
    }

    @Override
    public byte[] seal(byte[] associatedData, byte[] plaintext) throws SecureComponentException {
        byte[] iv = random(IV_BYTES);
        byte[] ct = gcm(Cipher.ENCRYPT_MODE, iv, associatedData, plaintext);
        byte[] out = Arrays.copyOf(iv, IV_BYTES + ct.length);
        System.arraycopy(ct, 0, out, IV_BYTES, ct.length);
        return out;
    }

    @Override
    public byte[] unseal(byte[] associatedData, byte[] sealed) throws SecureComponentException {
        if (sealed.length < IV_BYTES + 16) {
            throw SecureComponentException.because("the sealed data is too short");
        }
        return gcm(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), associatedData, Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
    }

    private byte[] gcm(int mode, byte[] iv, byte[] aad, byte[] data) throws SecureComponentException {
        try {
            SecretKey k = (SecretKey) keyStore.getKey(STORAGE_KEY, null);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
            c.init(mode, k, new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return c.doFinal(data);
        } catch (javax.crypto.AEADBadTagException e) {
            throw SecureComponentException.because("integrity check failed: the data was changed or belongs to another client or component");
        } catch (GeneralSecurityException | RuntimeException e) {
            if (mode == Cipher.DECRYPT_MODE) {
                throw SecureComponentException.because("integrity check failed: the data was changed or belongs to another client or component");
            }
            throw SecureComponentException.because("the token could not run AES-GCM", e);
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
        privateKeys.clear();
    }
}
