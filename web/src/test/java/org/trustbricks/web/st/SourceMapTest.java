package org.trustbricks.web.st;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;

class SourceMapTest {

    static Finding at(String path) {
        return Finding.error("T", path, "m", "h");
    }

    @Test
    void yaml_members_and_list_items_are_found_on_their_lines() {
        String yaml = """
                reference:
                  title: x
                sfrs:
                  - sfr: A
                    rationale:
                      implementation: i
                  - id: b
                    sfr: B
                """;
        SourceMap map = SourceMap.of(yaml);
        assertThat(map.lineOf(at("/reference/title"))).isEqualTo(2);
        assertThat(map.lineOf(at("/sfrs/0"))).isEqualTo(4);
        assertThat(map.lineOf(at("/sfrs/0/rationale/implementation"))).isEqualTo(6);
        assertThat(map.lineOf(at("/sfrs/1/sfr"))).isEqualTo(8);
    }

    @Test
    void a_pointer_to_something_missing_lands_on_the_nearest_enclosing_member() {
        SourceMap map = SourceMap.of("platform:\n  name: n\nsfrs:\n  - sfr: A\n");
        assertThat(map.lineOf(at("/platform/identification"))).isEqualTo(1);
        assertThat(map.lineOf(at("/sfrs/0/rationale/assessment"))).isEqualTo(4);
        assertThat(map.lineOf(at(""))).isZero();
    }

    @Test
    void json_documents_and_escaped_keys_are_mapped_too() {
        SourceMap map = SourceMap.of("{\n  \"parts\": [\n    {\"configuration\": {\n      \"a/b\": \"1\"}}\n  ]\n}\n");
        assertThat(map.lineOf(at("/parts/0/configuration/a~1b"))).isEqualTo(4);
    }

    @Test
    void a_line_named_in_a_syntax_error_message_wins() {
        SourceMap map = SourceMap.of("a: [\n");
        assertThat(map.lineOf(Finding.error("ST-READ-MALFORMED", "", "not valid YAML: x (line 7, column 2)", ""))).isEqualTo(7);
    }

    @Test
    void broken_documents_keep_the_lines_seen_before_the_error() {
        SourceMap map = SourceMap.of("reference:\n  title: x\nsfrs: [\n  {a: }}}\n");
        assertThat(map.lineOf(at("/reference/title"))).isEqualTo(2);
    }
}
