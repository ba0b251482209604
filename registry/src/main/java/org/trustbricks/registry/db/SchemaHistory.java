package org.trustbricks.registry.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * A cheap check, made before Flyway is loaded at all, that the database's schema history already holds exactly the
 * migrations shipped with the application, each applied successfully with the same checksum as Flyway computes
 * (CRC32 over the UTF-8 bytes of each line, without line ends or byte-order mark). Anything else, including a
 * question this check cannot answer, sends start-up through Flyway's full validation and migration.
 */
final class SchemaHistory {

    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    private SchemaHistory() {
    }

    /** True only when every shipped migration is applied, unchanged, and nothing else is in the history. */
    static boolean matchesShippedMigrations(DataSource dataSource) {
        Optional<Map<String, Integer>> shipped = shippedMigrations();
        if (shipped.isEmpty() || shipped.get().isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return applied(c).map(shipped.get()::equals).orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Version to checksum of every successfully applied SQL migration; empty when the history holds anything else. */
    private static Optional<Map<String, Integer>> applied(Connection c) throws SQLException {
        try (var exists = c.prepareStatement("select to_regclass('flyway_schema_history') is not null");
             ResultSet r = exists.executeQuery()) {
            if (!r.next() || !r.getBoolean(1)) {
                return Optional.empty();
            }
        }
        Map<String, Integer> applied = new HashMap<>();
        try (var history = c.prepareStatement("select version, checksum, success, type from flyway_schema_history");
             ResultSet r = history.executeQuery()) {
            while (r.next()) {
                int checksum = r.getInt(2);
                boolean unusable = r.wasNull() || r.getString(1) == null || !r.getBoolean(3) || !"SQL".equals(r.getString(4));
                if (unusable || applied.put(r.getString(1), checksum) != null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(applied);
    }

    /** Version to Flyway checksum of each migration on the class path; empty when a location cannot be listed. */
    static Optional<Map<String, Integer>> shippedMigrations() {
        Map<String, Integer> shipped = new HashMap<>();
        try {
            for (URL root : Collections.list(SchemaHistory.class.getClassLoader().getResources(LOCATION))) {
                if (!add(root, shipped)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(shipped);
    }

    private static boolean add(URL root, Map<String, Integer> shipped) throws IOException, URISyntaxException {
        switch (root.getProtocol()) {
            case "file" -> {
                try (var files = Files.list(Path.of(root.toURI()))) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        if (!put(shipped, p.getFileName().toString(), () -> Files.newInputStream(p))) {
                            return false;
                        }
                    }
                }
            }
            case "jar" -> {
                var connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (var jar = connection.getJarFile()) {
                    for (var entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(LOCATION + "/") && !entry.isDirectory() && name.indexOf('/', LOCATION.length() + 1) < 0
                                && !put(shipped, name.substring(LOCATION.length() + 1), () -> jar.getInputStream(entry))) {
                            return false;
                        }
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Adds a versioned SQL migration; false for anything else Flyway might run (Java or repeatable migrations, callbacks). */
    private static boolean put(Map<String, Integer> shipped, String fileName, Opener opener) throws IOException {
        if (!fileName.endsWith(".sql") && !fileName.endsWith(".class")) {
            return true;
        }
        Matcher m = VERSIONED.matcher(fileName);
        if (!m.matches()) {
            return false;
        }
        try (InputStream in = opener.open()) {
            return shipped.put(m.group(1).replace('_', '.'), checksum(in)) == null;
        }
    }

    /** Flyway's checksum of a SQL migration. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (; line != null; line = reader.readLine()) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
