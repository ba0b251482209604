package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Hand-written edge cases (src/test/resources/.../edge): our schema verdict equals yanglint's on each. */
class EdgeCaseVerdictTest {

    private final MudValidator validator = MudValidator.create();

    static List<Path> edgeFiles() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(EdgeCaseVerdictTest.class.getResource("edge").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void schema_verdict_equals_yanglint_on_every_hand_written_edge_case() throws Exception {
        Yanglint.require();
        List<String> mismatches = new ArrayList<>();
        List<Path> files = edgeFiles();
        for (Path file : files) {
            MudReport report = validator.validate(Files.readAllBytes(file), Mode.STRICT);
            Yanglint.Verdict oracle = Yanglint.validate(file);
            if (report.schemaValid() != oracle.valid()) {
                mismatches.add(file.getFileName() + ": ours " + report.schemaValid() + " " + report.errors()
                        + "\n    yanglint " + oracle.valid() + " " + oracle.output());
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(mismatches).isEmpty();
    }
}
