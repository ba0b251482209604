package org.trustbricks.sesip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;

/**
 * The compiled schema checker gives exactly the findings (and the coerced document) of the checker that interprets
 * the schema tree per document, on the examples and on randomly damaged copies of them.
 */
class SchemaCheckerTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode SCHEMA = schema();
    private static final SchemaChecker COMPILED = new SchemaChecker(SCHEMA);
    private static final InterpretedSchemaChecker INTERPRETED = new InterpretedSchemaChecker(SCHEMA);
    private static final List<JsonNode> EXAMPLES = examples();

    @Test
    void every_example_gives_the_same_findings_and_coercions_as_the_interpreting_checker() {
        for (JsonNode example : EXAMPLES) {
            assertSameOutcome(example);
        }
    }

    @Test
    void randomly_damaged_examples_give_the_same_findings_and_coercions_as_the_interpreting_checker() {
        qt().withExamples(400).forAll(integers().between(0, EXAMPLES.size() - 1), lists().of(integers().all()).ofSizeBetween(1, 12))
                .checkAssert((which, edits) -> {
                    JsonNode doc = EXAMPLES.get(which).deepCopy();
                    for (int i = 0; i + 1 < edits.size() || i == 0; i += 2) {
                        damage(doc, edits.get(i), i + 1 < edits.size() ? edits.get(i + 1) : 0);
                    }
                    assertSameOutcome(doc);
                });
    }

    private static void assertSameOutcome(JsonNode doc) {
        for (boolean coerce : new boolean[] {true, false}) {
            JsonNode a = doc.deepCopy();
            JsonNode b = doc.deepCopy();
            List<Finding> compiled = COMPILED.check(a, coerce);
            List<Finding> interpreted = INTERPRETED.check(b, coerce);
            assertThat(compiled).isEqualTo(interpreted);
            assertThat(a).isEqualTo(b);
        }
    }

    /** Picks a container by walking down with {@code where}, then changes, removes or adds one of its members. */
    private static void damage(JsonNode doc, int where, int what) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(doc, containers);
        ContainerNode<?> target = containers.get(Math.floorMod(where, containers.size()));
        JsonNode replacement = switch (Math.floorMod(what, 9)) {
            case 0 -> F.numberNode(Math.floorMod(what, 100));
            case 1 -> F.booleanNode(what % 2 == 0);
            case 2 -> F.nullNode();
            case 3 -> F.textNode("");
            case 4 -> F.arrayNode().add("x").add(7);
            case 5 -> F.objectNode().put("x-note", 1).put("unknownMember", "y");
            case 6 -> F.textNode("2026-13");
            case 7 -> F.textNode("x".repeat(1001));
            default -> null;
        };
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(Math.floorMod(what / 9, names.size()));
            if (replacement == null) {
                o.remove(name);
            } else if (what % 5 == 0) {
                o.set(name + "s", replacement);
            } else {
                o.set(name, replacement);
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = Math.floorMod(what / 9, a.size());
            if (replacement == null) {
                a.remove(i);
            } else {
                a.set(i, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> out) {
        if (node instanceof ContainerNode<?> c) {
            out.add(c);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode schema() {
        try (InputStream in = SchemaChecker.class.getResourceAsStream("/org/trustbricks/sesip/st/security-target.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> examples() {
        BoundedYaml yaml = new BoundedYaml(5 << 20, 32);
        List<JsonNode> out = new ArrayList<>();
        try (var files = Files.list(Path.of("../examples/sesip"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(yaml.read(Files.readAllBytes(p)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("the SESIP examples could not be read", e);
        }
        return out;
    }
}
