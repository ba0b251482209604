package org.trustbricks.registry.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals CB signing keys at rest (AES-256-GCM). Taken from {@code TRUSTBRICKS_KEK} (base64 of 32 bytes);
 * with an embedded database and no variable set, from {@code <data-dir>/kek}, created with mode 0600 on first use.
 * Every instance sharing a database must use the same key.
 */
public final class KeyEncryptionKey {

    /** The environment variable holding the key. */
    public static final String ENV = "TRUSTBRICKS_KEK";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String origin;

    private KeyEncryptionKey(byte[] raw, String origin) {
        this.key = new SecretKeySpec(raw, "AES");
        this.origin = origin;
    }

    /** A key from base64 text; it must decode to exactly 32 bytes. */
    public static KeyEncryptionKey fromBase64(String text, String origin) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw UnableToLoadKeyEncryptionKeyException.because(origin + " is not base64");
        }
        if (raw.length != 32) {
            throw UnableToLoadKeyEncryptionKeyException.because(origin + " must hold 32 bytes (base64 of 32 random bytes), not " + raw.length);
        }
        return new KeyEncryptionKey(raw, origin);
    }

    /** A fresh random key (tests and first start). */
    public static KeyEncryptionKey random() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return new KeyEncryptionKey(raw, "a random key");
    }

    /**
     * The configured key: {@code TRUSTBRICKS_KEK} when set; otherwise, when {@code fileAllowed} (embedded database),
     * {@code <dataDir>/kek}, created on first use with owner-only permissions.
     */
    public static KeyEncryptionKey configured(Map<String, String> env, Path dataDir, boolean fileAllowed) {
        String value = env.get(ENV);
        if (value != null && !value.isBlank()) {
            return fromBase64(value, ENV);
        }
        if (!fileAllowed) {
            throw UnableToLoadKeyEncryptionKeyException.because("set " + ENV
                    + " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) when using an external database;"
                    + " every instance must use the same value");
        }
        Path file = dataDir.resolve("kek");
        try {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    byte[] raw = new byte[32];
                    RANDOM.nextBytes(raw);
                    Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; read theirs
                }
            }
            return fromBase64(Files.readString(file), file.toString());
        } catch (IOException | UnsupportedOperationException e) {
            throw UnableToLoadKeyEncryptionKeyException.because("cannot read or create " + file + ": " + e.getMessage());
        }
    }

    /** Encrypts: 12-byte nonce followed by ciphertext and tag; {@code context} is bound as associated data. */
    public byte[] seal(byte[] plain, String context) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain);
            return ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
        }
    }

    /** Decrypts what {@link #seal} produced with the same context; fails when the key or context differ. */
    public byte[] open(byte[] sealed, String context) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
            c.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return c.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw UnableToLoadKeyEncryptionKeyException.because("a CB key cannot be unsealed with the key-encryption key from "
                    + origin + "; every instance sharing the database must use the same " + ENV + " or kek file");
        }
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[from " + origin + "]";
    }
}
