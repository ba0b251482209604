package org.trustbricks.sesip.st;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The published schema is the one the reader uses, and an independent validator agrees with the reader. */
class PublishedSchemaTest {

    private static final Path RESOURCE = Path.of("src/main/resources/org/trustbricks/sesip/st/security-target.schema.json");
    private static final List<String> VALID_EXAMPLES = List.of("psa-l3-mcu.yaml", "kestrel-rtos.yaml", "aurora-se.yaml", "smart-lock.yaml");

    @Test
    void the_schema_in_docs_is_the_one_the_reader_enforces() throws IOException {
        assertThat(Files.readString(Path.of("../docs/sesip/security-target.schema.json"))).isEqualTo(Files.readString(RESOURCE));
    }

    @Test
    void python_jsonschema_accepts_every_valid_example_against_the_published_schema() throws Exception {
        assumeTrue(pythonJsonschemaAvailable(), "python3 with jsonschema and PyYAML is not installed");
        for (String example : VALID_EXAMPLES) {
            assertThat(runOracle(Path.of("../examples/sesip", example))).as(example).isEqualTo("valid");
        }
    }

    @Test
    void python_jsonschema_rejects_a_document_the_reader_rejects() throws Exception {
        assumeTrue(pythonJsonschemaAvailable(), "python3 with jsonschema and PyYAML is not installed");
        Path bad = Files.createTempFile("st", ".yaml");
        String text = "reference: {title: T, version: '1', date: 2026-1-1, developer: D}\nmethodology: {edition: GP-1.2}\n"
                + "platform: {name: P, version: '1', identification: I, type: t}\nassurance: {level: SESIP1}\nsfrs: [{sfr: x, colour: red}]\n";
        Files.writeString(bad, text);
        assertThat(StReader.read(text.getBytes(StandardCharsets.UTF_8), "x.yaml").complete()).isFalse();
        assertThat(runOracle(bad)).startsWith("invalid").contains("date").contains("colour");
        Files.delete(bad);
    }

    static boolean pythonJsonschemaAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import jsonschema, yaml").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String runOracle(Path document) throws Exception {
        String script = """
                import json, sys, yaml, jsonschema, datetime
                schema = json.load(open(sys.argv[1]))
                doc = yaml.safe_load(open(sys.argv[2]))
                def fix(o):
                    if isinstance(o, dict): return {k: fix(v) for k, v in o.items()}
                    if isinstance(o, list): return [fix(v) for v in o]
                    if isinstance(o, (datetime.date, datetime.datetime)): return o.isoformat()
                    return o
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(fix(doc)))
                for e in errors: print(list(e.absolute_path), e.message, file=sys.stderr)
                print("invalid" if errors else "valid")
                """;
        Process p = new ProcessBuilder("python3", "-c", script, RESOURCE.toString(), document.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(60, TimeUnit.SECONDS);
        return out.isEmpty() ? "error: " + err : (out.equals("valid") ? out : out + " " + err);
    }
}
