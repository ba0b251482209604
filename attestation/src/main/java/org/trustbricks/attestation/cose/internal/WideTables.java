package org.trustbricks.attestation.cose.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wide verification tables of the public keys used most recently, at most {@value #CAPACITY} (16 KiB each, so
 * at most 64 MiB): keys in frequent use are verified about four times faster than with a table built per use,
 * while a verifier that knows a hundred thousand devices does not keep a table for each.
 */
final class WideTables {

    static final int CAPACITY = 4096;

    private static final Map<P256PublicKey, P256Table> RECENT = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<P256PublicKey, P256Table> eldest) {
            return size() > CAPACITY;
        }
    };

    private WideTables() {
    }

    static synchronized P256Table get(P256PublicKey key) {
        return RECENT.get(key);
    }

    static synchronized void put(P256PublicKey key, P256Table table) {
        RECENT.put(key, table);
    }

    static synchronized int size() {
        return RECENT.size();
    }
}
