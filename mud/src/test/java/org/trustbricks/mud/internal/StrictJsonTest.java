package org.trustbricks.mud.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * StrictJson must answer exactly like UntrustedJson (same tree, or same refusal message). Regression inputs live in
 * src/test/resources/org/trustbricks/mud/internal/StrictJsonTestInputs/; {@code JAZZER_FUZZ=1 ./mvnw -pl mud test
 * -Dtest=StrictJsonTest} searches for new ones.
 */
class StrictJsonTest {

    private static final StrictJson STRICT = StrictJson.withLimits(4096, 8);
    private static final UntrustedJson REFERENCE = UntrustedJson.withLimits(4096, 8);

    @Test
    void gives_the_tree_or_the_refusal_of_untrusted_json_for_hand_picked_documents() {
        List<String> documents = List.of(
                "{\"a\": 1, \"b\": [true, false, null, \"x\", -7, 3000000000, 123456789012345678901234567890]}",
                "{\"a\": 1.5e3, \"b\": 0.25}",
                "{\"a\": 1, \"a\": 2}",
                "{\"a\": 1} {\"b\": 2}",
                "{\"a\": 1} x",
                "   ",
                "",
                "\"just text\"",
                "[[[[[[[[[[[[1]]]]]]]]]]]]",
                "{\"caf\u00e9\": \"\u00fcber \\u00e9 \\uD83D\\uDE00\"}",
                "\uFEFF{}",
                "{\"a\": tru}",
                "{\"a\": \"unterminated}",
                "{\"a\": 01}",
                "{\"a\": " + "1".repeat(70) + "}");
        for (String d : documents) {
            assertSameAnswer(d.getBytes(StandardCharsets.UTF_8));
        }
        assertSameAnswer(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        assertSameAnswer(("{\"a\": \"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "20s")
    void reads_like_untrusted_json(byte[] data) {
        assertSameAnswer(data);
    }

    private static void assertSameAnswer(byte[] data) {
        String expected;
        try {
            JsonNode tree = REFERENCE.read(data);
            expected = "tree " + tree + " " + kinds(tree);
        } catch (MalformedInputException e) {
            expected = "refused " + e.getMessage() + " at " + e.path();
        }
        String actual;
        try {
            JsonNode tree = STRICT.read(data);
            actual = "tree " + tree + " " + kinds(tree);
        } catch (MalformedInputException e) {
            actual = "refused " + e.getMessage() + " at " + e.path();
        }
        assertThat(actual).as(new String(data, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** The node classes in document order, so that an IntNode and a LongNode of equal text still differ. */
    private static String kinds(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        node.forEach(child -> out.append(' ').append(kinds(child)));
        return out.toString();
    }
}
