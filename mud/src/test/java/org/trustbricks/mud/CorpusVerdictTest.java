package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.testing.SharedCorpus;

/** Every MUD file of the public corpus: our schema verdict equals yanglint's, our strict verdict equals expected.tsv. */
class CorpusVerdictTest {

    private final MudValidator validator = MudValidator.create();

    @Test
    void schema_and_strict_verdicts_match_yanglint_and_the_expected_column_on_every_corpus_file() throws Exception {
        Path dir = SharedCorpus.require("corpus/mud");
        Yanglint.require();
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            Path file = dir.resolve(cols[0]);
            MudReport report = validator.validate(Files.readAllBytes(file), Mode.STRICT);
            Yanglint.Verdict oracle = Yanglint.validate(file);
            boolean expectedStrict = cols[3].trim().equals("valid");
            count++;
            if (report.schemaValid() != oracle.valid()) {
                mismatches.add(cols[0] + ": schema " + report.schemaValid() + " vs yanglint " + oracle.valid() + " " + oracle.output()
                        + " ours " + report.errors());
            }
            if (report.valid() != expectedStrict) {
                mismatches.add(cols[0] + ": strict " + report.valid() + " vs expected " + expectedStrict + " ours " + report.errors());
            }
        }
        assertThat(count).isEqualTo(69);
        assertThat(mismatches).isEmpty();
    }
}
