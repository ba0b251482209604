package org.trustbricks.sesip;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustbricks.common.Finding;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.composition.CompositionCodes;
import org.trustbricks.sesip.internal.SchemaChecker;
import org.trustbricks.sesip.st.StReader;
import org.trustbricks.sesip.validation.Codes;
import org.trustbricks.sesip.validation.ValidationReport;

/** The published examples: the valid ones pass without a warning, the invalid ones show every finding code. */
class ExamplesTest {

    private static final Path DIR = Path.of("../examples/sesip");

    @ParameterizedTest
    @ValueSource(strings = {"psa-l3-mcu.yaml", "kestrel-rtos.yaml", "aurora-se.yaml", "smart-lock.yaml"})
    void every_valid_example_validates_without_errors_or_warnings(String name) throws Exception {
        ValidationReport r = Sesip.validate(Files.readAllBytes(DIR.resolve(name)), name);
        assertThat(r.findings()).as(name).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    static Set<String> allCodes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Class<?> c : List.of(Codes.class, CompositionCodes.class, SchemaChecker.class, StReader.class)) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && ((String) f.get(null)).startsWith("ST-")) {
                    codes.add((String) f.get(null));
                }
            }
        }
        return codes;
    }

    @Test
    void the_invalid_examples_together_show_every_finding_code() throws Exception {
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR.resolve("invalid"))) {
            for (Path f : files.sorted().toList()) {
                ValidationReport r = Sesip.validate(Files.readAllBytes(f), f.getFileName().toString());
                assertThat(r.valid()).as(f.toString()).isFalse();
                r.findings().forEach(x -> {
                    assertThat(x.message()).isNotBlank();
                    seen.add(x.code());
                });
            }
        }
        byte[] oversize = new byte[StReader.MAX_BYTES + 1];
        Sesip.validate(oversize, "big.yaml").findings().stream().map(Finding::code).forEach(seen::add);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(allCodes());
    }

    @Test
    void the_showcase_names_each_code_it_triggers_in_a_comment() throws Exception {
        String text = Files.readString(DIR.resolve("invalid/showcase.yaml"));
        ValidationReport r = Sesip.validate(text.getBytes(), "showcase.yaml");
        for (Finding f : r.findings()) {
            assertThat(text).as("comment naming " + f.code()).contains(f.code());
        }
    }

    @Test
    void every_finding_code_is_documented() throws Exception {
        String doc = Files.readString(Path.of("../docs/sesip/findings.md"));
        for (String code : allCodes()) {
            assertThat(doc).as(code).contains("`" + code + "`");
        }
    }
}
