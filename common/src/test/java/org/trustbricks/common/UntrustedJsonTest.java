package org.trustbricks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UntrustedJsonTest {

    private final UntrustedJson reader = UntrustedJson.withLimits(1024, 8);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_a_well_formed_document() throws Exception {
        assertThat(reader.read(utf8("{\"a\":[1,2,{\"b\":\"c\"}]}")).at("/a/2/b").asText()).isEqualTo("c");
    }

    @Test
    void rejects_duplicate_member_names() {
        assertThatThrownBy(() -> reader.read(utf8("{\"a\":1,\"a\":2}")))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void rejects_documents_over_the_size_limit() {
        String big = "[" + "1,".repeat(600) + "1]";
        assertThatThrownBy(() -> reader.read(utf8(big))).hasMessageContaining("larger than the limit of 1024 bytes");
    }

    @Test
    void refuses_a_number_with_an_exponent_too_large_to_hold_as_malformed_input() {
        assertThatThrownBy(() -> reader.read(utf8("{\"a\": [1, 2E" + "2".repeat(48) + "]}")))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("number out of any usable range");
    }

    @Test
    void rejects_nesting_deeper_than_the_limit() {
        assertThatThrownBy(() -> reader.read(utf8("[[[[[[[[[[1]]]]]]]]]]"))).hasMessageContaining("reading limit");
    }

    @Test
    void rejects_text_that_is_not_utf8() {
        assertThatThrownBy(() -> reader.read(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void rejects_trailing_content_and_reports_the_location() {
        assertThatThrownBy(() -> reader.read(utf8("{\"a\":1} {")))
                .isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> reader.read(utf8("{\"a\":\n tru}")))
                .hasMessageContaining("line 2");
    }

    @Test
    void rejects_an_empty_document() {
        assertThatThrownBy(() -> reader.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(utf8("   "))).hasMessageContaining("empty");
    }
}
