package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mud.internal.MudSchema;
import org.trustbricks.mud.internal.fast.ValidationTree;
import org.trustbricks.mud.internal.SchemaChecks;
import org.trustbricks.mud.internal.fast.FastSchemaCheck;

/**
 * The fast schema walk against the yangtools reference path: on every corpus file, every hand-written edge case and
 * thousands of generated valid and broken files, both give the same report (schema verdict, strict verdict and every
 * finding with its path, code and message), and the walk decides the files the builder makes without the reference.
 */
class FastPathDifferentialTest {

    private static final MudValidator FAST = MudValidator.create();
    private static final MudValidator REFERENCE = MudValidator.withReferenceParser();
    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    private static JsonNode read(byte[] bytes) {
        try {
            return READER.read(bytes);
        } catch (org.trustbricks.common.MalformedInputException e) {
            throw new AssertionError("the builder wrote malformed JSON", e);
        }
    }

    private static List<String> differences(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<String> out = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            MudReport fast = FAST.validate(bytes, mode);
            MudReport reference = REFERENCE.validate(bytes, mode);
            if (!fast.equals(reference)) {
                out.add(file.getFileName() + " " + mode + "\n  fast      " + fast + "\n  reference " + reference);
            }
        }
        return out;
    }

    @Test
    void fast_and_reference_reports_are_equal_on_every_corpus_file() throws Exception {
        Path dir = SharedCorpus.require("corpus/mud");
        List<String> differences = new ArrayList<>();
        int count = 0;
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            if (!line.isBlank()) {
                differences.addAll(differences(dir.resolve(line.split("\t")[0])));
                count++;
            }
        }
        assertThat(count).isEqualTo(69);
        assertThat(differences).isEmpty();
    }

    @Test
    void fast_and_reference_reports_are_equal_on_every_hand_written_edge_case() throws Exception {
        List<Path> files = EdgeCaseVerdictTest.edgeFiles();
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            differences.addAll(differences(file));
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(differences).isEmpty();
    }

    @Test
    void the_fast_walk_decides_builder_files_alone_and_agrees_with_the_reference_findings() {
        qt().withShrinkCycles(0).withExamples(500).forAll(GeneratedMud.VALID).checkAssert(json -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            JsonNode root = read(bytes);
            FastSchemaCheck.Result result = FastSchemaCheck.check(ValidationTree.shared(), root);
            assertThat(result.referenceNeeded()).as(json).isFalse();
            assertThat(result.findings()).as(json).isEqualTo(SchemaChecks.reference(MudSchema.shared(), root, bytes));
        });
    }

    @Test
    void fast_and_reference_reports_are_equal_on_generated_broken_files() {
        AtomicInteger invalid = new AtomicInteger();
        AtomicInteger decidedAlone = new AtomicInteger();
        qt().withShrinkCycles(0).withExamples(3000).forAll(GeneratedMud.BROKEN).checkAssert(json -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            MudReport fast = FAST.validate(bytes, Mode.STRICT);
            assertThat(fast).as(json).isEqualTo(REFERENCE.validate(bytes, Mode.STRICT));
            invalid.addAndGet(fast.schemaValid() ? 0 : 1);
            try {
                JsonNode root = READER.read(bytes);
                FastSchemaCheck.Result result = FastSchemaCheck.check(ValidationTree.shared(), root);
                if (!result.referenceNeeded()) {
                    decidedAlone.incrementAndGet();
                    assertThat(result.findings()).as(json).isEqualTo(SchemaChecks.reference(MudSchema.shared(), root, bytes));
                }
            } catch (org.trustbricks.common.MalformedInputException e) {
                assertThat(fast.findings()).isNotEmpty();
            }
        });
        assertThat(invalid.get()).as("broken files that are schema-invalid").isGreaterThan(1000);
        assertThat(decidedAlone.get()).as("files the fast walk decides without the reference").isGreaterThan(2000);
    }
}
