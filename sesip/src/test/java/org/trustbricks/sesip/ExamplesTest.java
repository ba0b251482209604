package org.trustbricks.sesip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.validation.ValidationReport;

/** The published examples are valid Security Targets, without even a warning. */
class ExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"psa-l3-mcu.yaml", "kestrel-rtos.yaml", "aurora-se.yaml", "smart-lock.yaml"})
    void every_valid_example_validates_without_errors_or_warnings(String name) throws Exception {
        ValidationReport r = Sesip.validate(Files.readAllBytes(Path.of("../examples/sesip", name)), name);
        assertThat(r.findings()).as(name).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(r.valid()).isTrue();
    }
}
