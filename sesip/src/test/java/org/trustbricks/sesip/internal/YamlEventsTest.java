package org.trustbricks.sesip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;

/**
 * The event-based fast path reads every document exactly as the full (Jackson) reader does: the same tree, or the
 * same error with the same path, on the examples, on YAML corner cases and on randomly edited examples.
 */
class YamlEventsTest {

    private static final BoundedYaml YAML = new BoundedYaml(5 << 20, 32);
    private static final List<String> EXAMPLES = examples();
    private static final String[] SNIPPETS = {": ", "- ", "&a ", "*a", "!!str ", "!!int ", "!custom ", "\n  ", "\n", "'", "\"", "{", "}",
        "[", "]", ",", "# ", "0x1F", "1_000", "0o17", "010", "09", "+12", "-0", "1e3", ".inf", ".NaN", "~", "null", "yes", "No", "ON",
        "y", "n", "true", "False", "\t", "---\n", "...\n", "? ", "|\n  ", ">-\n  ", "1:30", "2026-02-16", "12:30:00", "\\u00e9", "é",
        "<<: ", "''", "\"\"", "%YAML 1.1\n", "99999999999999999999999999999999999999999999999999999999999999999999"};

    @Test
    void the_examples_take_the_fast_path_and_give_the_full_readers_tree() throws Exception {
        for (String text : EXAMPLES) {
            JsonNode fast = YAML.readFast(text);
            assertThat(fast).isNotNull().isEqualTo(YAML.readWithJackson(text));
        }
    }

    @Test
    void yaml_corner_cases_give_the_full_readers_tree_or_error() {
        List<String> cases = new ArrayList<>();
        for (String s : SNIPPETS) {
            cases.add("a: " + s);
            cases.add("a: [" + s + "]");
            cases.add("- " + s + "\n- x");
            cases.add(s + ": 1");
            cases.add("a:\n  b: " + s + "\n  c: d");
        }
        cases.addAll(List.of("", "# only a comment\n", "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "--- 1\n--- 2\n", "[1, 2", "a: 'b",
                "? [a]\n: b\n", "a:\n", "a: ''\n", "a: \"\"\n", "[".repeat(40) + "]".repeat(40), "a:\n" + "  - \n".repeat(3),
                "version: 1.2\nn: 12\nm: -7\nbig: 123456789012345678901234567890\nf: 1.50\ne: 6.02e23\n"));
        for (String c : cases) {
            assertSameOutcome(c);
        }
    }

    @Test
    void randomly_edited_examples_give_the_full_readers_tree_or_error() {
        qt().withExamples(300).forAll(integers().between(0, EXAMPLES.size() - 1), lists().of(integers().all()).ofSizeBetween(2, 8))
                .checkAssert((which, edits) -> {
                    StringBuilder text = new StringBuilder(EXAMPLES.get(which));
                    for (int i = 0; i + 1 < edits.size(); i += 2) {
                        int at = Math.floorMod(edits.get(i), text.length() + 1);
                        int what = edits.get(i + 1);
                        if (Math.floorMod(what, 3) == 0 && at < text.length()) {
                            text.delete(at, Math.min(text.length(), at + 1 + Math.floorMod(what, 7)));
                        } else {
                            text.insert(at, SNIPPETS[Math.floorMod(what, SNIPPETS.length)]);
                        }
                    }
                    assertSameOutcome(text.toString());
                });
    }

    private static void assertSameOutcome(String text) {
        Object full = outcome(() -> YAML.readWithJackson(text));
        Object viaRead = outcome(() -> YAML.read(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(viaRead).as(text).isEqualTo(full);
    }

    private interface Read {
        JsonNode run() throws MalformedInputException;
    }

    private static Object outcome(Read read) {
        try {
            return read.run();
        } catch (MalformedInputException e) {
            return List.of(e.getMessage(), e.path());
        }
    }

    private static List<String> examples() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("../examples/sesip"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
