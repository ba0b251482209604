package org.trustbricks.sesip.st;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;

class StReaderTest {

    static byte[] example(String name) throws Exception {
        return Files.readAllBytes(Path.of("../examples/sesip", name));
    }

    private static StReadResult read(String yaml) {
        return StReader.read(yaml.getBytes(UTF_8), "st.yaml");
    }

    @Test
    void reads_the_psa_level_3_microcontroller_example_completely() throws Exception {
        StReadResult r = StReader.read(example("psa-l3-mcu.yaml"), "psa-l3-mcu.yaml");
        assertThat(r.findings()).isEmpty();
        SecurityTarget st = r.securityTarget().orElseThrow();
        assertThat(st.reference().version()).isEqualTo("1.3");
        assertThat(st.sfrs()).hasSize(12);
        assertThat(st.sfrs().get(4).values("controlled-states")).hasSize(2);
        assertThat(st.environmentObjectives().get(1).guidance().document()).isEqualTo("AGD-SEC");
    }

    @Test
    void a_yaml_number_where_text_is_expected_keeps_the_digits_as_written() {
        StReadResult r = read("""
                reference: {title: T, version: 1.10, date: 2026-01-01, developer: D}
                methodology: {edition: GP-1.2}
                platform: {name: P, version: 2, identification: I, type: mcu}
                assurance: {level: SESIP2}
                sfrs: [{sfr: Verification of Platform Identity}]
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.securityTarget().orElseThrow().reference().version()).isEqualTo("1.10");
        assertThat(r.securityTarget().orElseThrow().platform().version()).isEqualTo("2");
    }

    @Test
    void wrong_types_are_all_reported_with_json_pointers_and_no_document_is_returned() {
        StReadResult r = read("""
                reference: {title: T, version: "1", date: 2026-01-01, developer: D}
                methodology: {edition: GP-1.2}
                platform: [not, a, mapping]
                assurance: {level: SESIP2}
                sfrs:
                  - sfr: Verification of Platform Identity
                    parameters: {endpoints: {nested: map}}
                  - sfr: Secure Update of Platform
                    rationale: just a string
                    colour: blue
                """);
        assertThat(r.complete()).isFalse();
        assertThat(r.securityTarget()).isEmpty();
        assertThat(r.findings()).extracting(Finding::path)
                .contains("/platform", "/sfrs/0/parameters/endpoints", "/sfrs/1/rationale", "/sfrs/1/colour");
        assertThat(r.findings()).extracting(Finding::code).contains("ST-SCHEMA-TYPE", "ST-SCHEMA-UNKNOWN-MEMBER");
    }

    @Test
    void missing_required_members_are_named_by_path() {
        StReadResult r = read("methodology: {edition: GP-1.2}\nsfrs: []\n");
        assertThat(r.findings()).extracting(Finding::path).contains("/reference", "/platform", "/assurance");
        assertThat(r.findings()).allMatch(f -> f.code().equals("ST-SCHEMA-MISSING"));
    }

    @Test
    void extension_members_prefixed_x_are_accepted() {
        StReadResult r = read("""
                x-internal-ticket: SEC-1234
                reference: {title: T, version: "1", date: 2026-01-01, developer: D, x-owner: me}
                methodology: {edition: GP-1.2}
                platform: {name: P, version: "2", identification: I, type: mcu}
                assurance: {level: SESIP2}
                sfrs: []
                """);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void yaml_aliases_and_anchors_are_refused_so_alias_bombs_cannot_expand() {
        String bomb = """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """;
        StReadResult r = read(bomb);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(StReader.MALFORMED);
            assertThat(f.message()).contains("anchors");
        });
    }

    @Test
    void duplicate_keys_are_refused_in_yaml_and_in_json() {
        StReadResult yaml = read("reference: {title: A}\nreference: {title: B}\n");
        assertThat(yaml.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(StReader.MALFORMED);
            assertThat(f.message()).contains("appears twice");
            assertThat(f.path()).isEqualTo("/reference");
        });
        StReadResult json = StReader.read("{\"a\":1,\"a\":2}".getBytes(UTF_8), "st.json");
        assertThat(json.findings()).singleElement().extracting(Finding::code).isEqualTo(StReader.MALFORMED);
    }

    @Test
    void deeply_nested_documents_are_refused_with_one_clear_finding() {
        String deep = "a: " + "[".repeat(500) + "]".repeat(500);
        assertThat(read(deep).findings()).singleElement().extracting(Finding::code).isEqualTo(StReader.MALFORMED);
        String deepJson = "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}";
        assertThat(StReader.read(deepJson.getBytes(UTF_8), "x.json").findings()).singleElement()
                .extracting(Finding::code).isEqualTo(StReader.MALFORMED);
    }

    @Test
    void documents_over_five_megabytes_are_refused_before_parsing() {
        byte[] big = new byte[StReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(StReader.read(big, "big.yaml").findings()).singleElement()
                .extracting(Finding::code).isEqualTo(StReader.TOO_LARGE);
    }

    @Test
    void syntax_errors_multiple_documents_and_bad_encoding_are_one_malformed_finding() {
        assertThat(read("a: [unclosed\n").findings()).singleElement().extracting(Finding::code).isEqualTo(StReader.MALFORMED);
        assertThat(read("a: 1\n---\nb: 2\n").findings()).singleElement().extracting(Finding::message).asString()
                .contains("more than one YAML document");
        assertThat(StReader.read(new byte[] {(byte) 0xC3, (byte) 0x28}, "x.yaml").findings()).singleElement()
                .extracting(Finding::message).asString().contains("UTF-8");
        assertThat(read("just text").findings()).singleElement().extracting(Finding::code).isEqualTo("ST-SCHEMA-TYPE");
        assertThat(StReader.read(new byte[0], null).findings()).hasSize(1);
    }

    @Test
    void a_written_st_reads_back_equal() throws Exception {
        SecurityTarget st = StReader.read(example("psa-l3-mcu.yaml"), "x.yaml").securityTarget().orElseThrow();
        SecurityTarget fromYaml = StReader.read(StWriter.yaml(st).getBytes(UTF_8), "x.yaml").securityTarget().orElseThrow();
        SecurityTarget fromJson = StReader.read(StWriter.json(st).getBytes(UTF_8), "x.json").securityTarget().orElseThrow();
        assertThat(fromYaml).isEqualTo(st);
        assertThat(fromJson).isEqualTo(st);
    }
}
