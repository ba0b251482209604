package org.trustbricks.mudmanager.compile;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/** Short, firewall-safe names for shared address sets. */
final class SetNames {

    private SetNames() {
    }

    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static String of(String kind, String key) {
        if (CACHE.size() > 100_000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(kind + "\u0000" + key, k -> compute(kind, key));
    }

    private static String compute(String kind, String key) {
        String clean = key.toLowerCase(Locale.ROOT).replaceAll("^[a-z]+://", "").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (clean.length() > 12) {
            clean = clean.substring(0, 12);
        }
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return kind + "_" + clean + "_" + String.format(Locale.ROOT, "%08x", crc.getValue()).substring(0, 6);
    }
}
