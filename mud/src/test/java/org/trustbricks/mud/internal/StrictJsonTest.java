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
        assertFactsAsTheWalkFindsThem(data);
    }

    /** Facts gathered while parsing, when there are any, are those of a walk over the tree. */
    private static void assertFactsAsTheWalkFindsThem(byte[] data) {
        StrictJson.Read read;
        try {
            read = STRICT.readWithFacts(data, 3);
        } catch (MalformedInputException e) {
            return;
        }
        if (read.facts() != null) {
            assertThat(read.facts()).as(new String(data, StandardCharsets.UTF_8)).isEqualTo(DocumentFacts.of(read.root(), 3));
        }
    }

    @Test
    void gathers_module_prefixes_with_the_pointer_of_their_first_use_while_parsing() throws Exception {
        String d = "{\"ietf-mud:mud\": {\"a\": [{\"x\": 1}, {\"ietf-acldns:dst-dnsname\": \"e.example\", \"p~q/r:s\": 2}]},"
                + " \"ietf-access-control-list:acls\": {\"acl\": [1, 2, 3]}, \"ietf-mud:again\": true}";
        StrictJson.Read read = STRICT.readWithFacts(d.getBytes(StandardCharsets.UTF_8), 3);
        assertThat(read.facts()).isNotNull();
        assertThat(read.facts().modules()).containsEntry("ietf-mud", "/ietf-mud:mud")
                .containsEntry("ietf-acldns", "/ietf-mud:mud/a/1/ietf-acldns:dst-dnsname")
                .containsEntry("p~q/r", "/ietf-mud:mud/a/1/p~0q~1r:s")
                .containsEntry("ietf-access-control-list", "/ietf-access-control-list:acls").hasSize(4);
        assertThat(read.facts()).isEqualTo(DocumentFacts.of(read.root(), 3));
        assertSameAnswer(d.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void leaves_the_facts_of_a_document_with_an_array_over_the_limit_to_the_walk() throws Exception {
        byte[] d = "{\"m:a\": [[1, 2, 3, 4]]}".getBytes(StandardCharsets.UTF_8);
        StrictJson.Read read = STRICT.readWithFacts(d, 3);
        assertThat(read.facts()).isNull();
        assertThat(DocumentFacts.of(read.root(), 3).hugeArray()).isEqualTo("/m:a/0");
    }

    /** The node classes in document order, so that an IntNode and a LongNode of equal text still differ. */
    private static String kinds(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        node.forEach(child -> out.append(' ').append(kinds(child)));
        return out.toString();
    }
}
