package org.trustbricks.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scans the sources of every module to keep the architecture's rules true. */
class ProjectRulesTest {

    private static final List<String> DOMAIN_MODULES = List.of("common", "sesip", "mud", "mud-manager", "attestation", "onboarding");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\"[^\"]*\\b(select\\s+[\\w*,. ]+\\s+from|insert\\s+into|delete\\s+from|create\\s+(table|index)|alter\\s+table)\\b");
    private static final Pattern SQL_IMPORT = Pattern.compile("(?m)^import\\s+(java\\.sql\\.|org\\.jdbi\\.|org\\.flywaydb\\.)");
    private static final Pattern FORBIDDEN_IN_DOMAIN = Pattern.compile(
            "(?m)^import\\s+(static\\s+)?(io\\.javalin|org\\.eclipse\\.jetty|jakarta\\.servlet|gg\\.jte|org\\.jdbi|org\\.flywaydb"
                    + "|java\\.sql|com\\.zaxxer|org\\.postgresql|org\\.trustbricks\\.(registry|web|cli))\\b");

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root").isNotNull();
        return p;
    }

    private static List<Path> mainSources(String module) {
        Path dir = root().resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> modules() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(d -> Files.exists(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_scan_sees_every_module() {
        assertThat(modules()).contains("registry", "web", "cli", "sesip", "mud", "attestation");
    }

    @Test
    void no_sql_outside_the_registry_module() {
        List<String> offenders = modules().stream().filter(m -> !m.equals("registry"))
                .flatMap(m -> mainSources(m).stream())
                .filter(f -> SQL.matcher(read(f)).find() || SQL_IMPORT.matcher(read(f)).find())
                .map(f -> root().relativize(f).toString()).toList();
        assertThat(offenders).as("files with SQL or JDBC outside registry").isEmpty();
    }

    @Test
    void domain_libraries_know_nothing_of_http_servers_sql_or_the_modules_above_them() {
        List<String> offenders = DOMAIN_MODULES.stream().flatMap(m -> mainSources(m).stream())
                .filter(f -> FORBIDDEN_IN_DOMAIN.matcher(read(f)).find())
                .map(f -> root().relativize(f).toString()).toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void server_code_logs_instead_of_printing_to_the_console() {
        List<String> offenders = Stream.of("registry", "web").flatMap(m -> mainSources(m).stream())
                .filter(f -> read(f).contains("System.out.") || read(f).contains("System.err.") || read(f).contains("printStackTrace("))
                .map(f -> root().relativize(f).toString()).toList();
        assertThat(offenders).isEmpty();
    }
}
