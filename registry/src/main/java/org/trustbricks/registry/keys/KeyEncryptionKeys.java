package org.trustbricks.registry.keys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/** Which key-encryption key belongs to which database, bound once at start-up by whoever opened the database. */
public final class KeyEncryptionKeys {

    private static final Map<Jdbi, KeyEncryptionKey> BOUND = new ConcurrentHashMap<>();

    private KeyEncryptionKeys() {
    }

    /** Binds the key to the database reached through this Jdbi. */
    public static void bind(Jdbi jdbi, KeyEncryptionKey kek) {
        BOUND.put(jdbi, kek);
    }

    /** Forgets the binding (when the database closes). */
    public static void unbind(Jdbi jdbi) {
        BOUND.remove(jdbi);
    }

    /** The key bound to this database, or {@code TRUSTBRICKS_KEK}; fails when neither is set. */
    public static KeyEncryptionKey of(Jdbi jdbi) {
        KeyEncryptionKey k = BOUND.get(jdbi);
        if (k != null) {
            return k;
        }
        String env = System.getenv(KeyEncryptionKey.ENV);
        if (env != null && !env.isBlank()) {
            return BOUND.computeIfAbsent(jdbi, j -> KeyEncryptionKey.fromBase64(env, KeyEncryptionKey.ENV));
        }
        throw UnableToLoadKeyEncryptionKeyException.because("no key-encryption key is configured for this database; set "
                + KeyEncryptionKey.ENV);
    }
}
