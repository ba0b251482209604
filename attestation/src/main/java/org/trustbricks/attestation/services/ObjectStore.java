package org.trustbricks.attestation.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Where sealed storage objects are kept outside the secure component (they are useless without it). */
public interface ObjectStore {

    /** Stores or replaces a blob. */
    void put(String key, byte[] blob) throws IOException;

    /** The blob under a key. */
    Optional<byte[]> get(String key) throws IOException;

    /** Removes a blob; false when absent. */
    boolean delete(String key) throws IOException;

    /** The keys starting with a prefix. */
    List<String> list(String prefix) throws IOException;

    /** A store in memory. */
    static ObjectStore inMemory() {
        Map<String, byte[]> m = new ConcurrentHashMap<>();
        return new ObjectStore() {
            @Override public void put(String key, byte[] blob) { m.put(key, blob.clone()); }
            @Override public Optional<byte[]> get(String key) { return Optional.ofNullable(m.get(key)).map(byte[]::clone); }
            @Override public boolean delete(String key) { return m.remove(key) != null; }
            @Override public List<String> list(String prefix) { return m.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList(); }
        };
    }

    /** A store of one file per object in a directory; keys must be safe file names. */
    static ObjectStore directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new ObjectStore() {
            private Path file(String key) {
                if (!key.matches("[A-Za-z0-9._-]{1,200}") || key.startsWith(".")) {
                    throw new IllegalArgumentException("unsafe object key");
                }
                return dir.resolve(key);
            }

            @Override public void put(String key, byte[] blob) throws IOException {
                Path tmp = Files.createTempFile(dir, ".tmp", "");
                Files.write(tmp, blob);
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }

            @Override public Optional<byte[]> get(String key) throws IOException {
                Path f = file(key);
                return Files.exists(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
            }

            @Override public boolean delete(String key) throws IOException {
                return Files.deleteIfExists(file(key));
            }

            @Override public List<String> list(String prefix) throws IOException {
                try (Stream<Path> s = Files.list(dir)) {
                    List<String> out = new ArrayList<>(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList());
                    return out;
                }
            }
        };
    }
}
