package org.trustbricks.sesip.st;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Sesip;

class SourceMapTest {

    @Test
    void findings_of_the_showcase_point_at_the_lines_they_are_about() throws Exception {
        byte[] doc = Files.readAllBytes(Path.of("../examples/sesip/invalid/showcase.yaml"));
        SourceMap map = Sesip.sourceMap(doc, "showcase.yaml");
        List<String> lines = List.of(new String(doc, UTF_8).split("\n", -1));
        Finding date = Sesip.validate(doc, "showcase.yaml").findings().stream()
                .filter(f -> f.code().equals("ST-DATE-INVALID")).findFirst().orElseThrow();
        assertThat(lines.get(map.line(date.path()) - 1)).contains("2026-02-30");
        assertThat(lines.get(map.line("/parts/0/certificate/status") - 1)).contains("status: terminated");
        assertThat(lines.get(map.line("/sfrs/4/parameters/properties/0") - 1)).contains("secrecy");
    }

    @Test
    void a_missing_member_points_at_its_parent_and_json_is_mapped_too() {
        String json = "{\n \"reference\": {\n  \"title\": \"T\"\n },\n \"sfrs\": [\n  {\"sfr\": \"x\"},\n  {\"sfr\": \"y\"}\n ]\n}";
        SourceMap map = SourceMap.of(json.getBytes(UTF_8), "st.json");
        assertThat(map.line("/reference/version")).isEqualTo(2);
        assertThat(map.line("/sfrs/1/sfr")).isEqualTo(7);
        assertThat(map.line("/nothing")).isEqualTo(1);
    }

    @Test
    void an_unreadable_document_keeps_the_lines_read_before_the_problem() {
        SourceMap map = SourceMap.of("a: 1\nb: [2,\n".getBytes(UTF_8), "x.yaml");
        assertThat(map.line("/a")).isEqualTo(1);
        assertThat(SourceMap.of(new byte[0], "x.yaml").lines()).isEmpty();
    }
}
