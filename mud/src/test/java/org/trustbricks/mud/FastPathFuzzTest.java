package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzing of the fast schema walk against the yangtools reference: for any input both give the same report, and
 * neither throws. Regression inputs live in src/test/resources/org/trustbricks/mud/FastPathFuzzTestInputs/; run
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='org.trustbricks.**' ./mvnw -pl mud test -Dtest=FastPathFuzzTest}
 * to search for new ones.
 */
class FastPathFuzzTest {

    private static final MudValidator FAST = MudValidator.create();
    private static final MudValidator REFERENCE = MudValidator.withReferenceParser();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode BASE = base();

    private static JsonNode base() {
        try (InputStream in = FastPathFuzzTest.class.getResourceAsStream("edge/baseline-valid.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void fast_walk_and_reference_give_the_same_report_on_arbitrary_bytes(byte[] data) {
        for (Mode mode : Mode.values()) {
            assertThat(FAST.validate(data, mode)).isEqualTo(REFERENCE.validate(data, mode));
        }
    }

    @FuzzTest(maxDuration = "20s")
    void fast_walk_and_reference_give_the_same_report_on_mutated_mud_files(FuzzedDataProvider data) throws IOException {
        JsonNode root = BASE.deepCopy();
        int mutations = data.consumeInt(1, 4);
        for (int m = 0; m < mutations && data.remainingBytes() > 0; m++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(data.consumeInt(0, containers.size() - 1));
            String text = data.consumeString(40);
            JsonNode value = data.consumeBoolean() ? MAPPER.getNodeFactory().textNode(text) : parsedOrText(text);
            if (target instanceof ObjectNode o && !o.isEmpty()) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(data.consumeInt(0, names.size() - 1));
                switch (data.consumeInt(0, 3)) {
                    case 0 -> o.remove(name);
                    case 1 -> o.set(data.consumeString(30), value);
                    case 2 -> o.set(data.consumeString(30), o.remove(name));
                    default -> o.set(name, value);
                }
            } else if (target instanceof ArrayNode a && !a.isEmpty()) {
                int i = data.consumeInt(0, a.size() - 1);
                switch (data.consumeInt(0, 2)) {
                    case 0 -> a.remove(i);
                    case 1 -> a.add(a.get(i).deepCopy());
                    default -> a.set(i, value);
                }
            }
        }
        byte[] bytes = MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        assertThat(FAST.validate(bytes, Mode.STRICT)).isEqualTo(REFERENCE.validate(bytes, Mode.STRICT));
    }

    private static JsonNode parsedOrText(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
