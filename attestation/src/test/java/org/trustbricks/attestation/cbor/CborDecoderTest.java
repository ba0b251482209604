package org.trustbricks.attestation.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;

class CborDecoderTest {

    private static final CborDecoder DECODER = CborDecoder.forTokens();

    private static CborItem decode(String hex) throws MalformedInputException {
        return DECODER.decode(HexFormat.of().parseHex(hex));
    }

    @Test
    void decodes_the_rot13_request_of_the_tps_reference() throws Exception {
        CborItem item = decode("caa1017054686973676f6573746f656c6576656e");
        assertThat(item).isEqualTo(new CborItem.Tag(10, new CborItem.MapItem(Map.of(CborItem.of(1), CborItem.of("Thisgoestoeleven")))));
    }

    @Test
    void rejects_an_indefinite_length_array() {
        assertThatThrownBy(() -> decode("9f0102ff")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("indefinite-length");
    }

    @Test
    void rejects_an_indefinite_length_byte_string_bomb() {
        assertThatThrownBy(() -> decode("5f" + "40".repeat(1000))).hasMessageContaining("indefinite-length");
    }

    @Test
    void rejects_a_length_larger_than_the_remaining_input_without_allocating_it() {
        assertThatThrownBy(() -> decode("5b7fffffffffffffff00")).hasMessageContaining("only 1 bytes remain");
        assertThatThrownBy(() -> decode("9b00000000ffffffff01")).hasMessageContaining("entries but only");
    }

    @Test
    void rejects_nesting_deeper_than_the_limit() {
        assertThatThrownBy(() -> decode("81".repeat(40) + "01")).hasMessageContaining("nesting deeper");
    }

    @Test
    void rejects_input_larger_than_the_limit() {
        CborDecoder small = CborDecoder.withLimits(8, 4, 16);
        assertThatThrownBy(() -> small.decode(new byte[9])).hasMessageContaining("more than the limit of 8");
    }

    @Test
    void rejects_too_many_items() {
        CborDecoder few = CborDecoder.withLimits(1000, 4, 10);
        assertThatThrownBy(() -> few.decode(HexFormat.of().parseHex("8c" + "01".repeat(12)))).hasMessageContaining("more than 10 data items");
    }

    @Test
    void rejects_trailing_bytes_and_truncation() {
        assertThatThrownBy(() -> decode("0101")).hasMessageContaining("trailing bytes");
        assertThatThrownBy(() -> decode("1a0102")).hasMessageContaining("truncated");
        assertThatThrownBy(() -> decode("8301")).hasMessageContaining("entries but only");
    }

    @Test
    void rejects_duplicate_map_keys() {
        assertThatThrownBy(() -> decode("a201010102")).hasMessageContaining("duplicate map key 1");
    }

    @Test
    void rejects_invalid_utf8_text() {
        assertThatThrownBy(() -> decode("62c328")).hasMessageContaining("UTF-8");
    }

    @Test
    void rejects_a_lone_break_and_reserved_values() {
        assertThatThrownBy(() -> decode("ff")).hasMessageContaining("break");
        assertThatThrownBy(() -> decode("1c")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> decode("f820")).hasMessageContaining("simple value 32");
    }

    @Test
    void rejects_integers_outside_the_signed_64_bit_range() {
        assertThatThrownBy(() -> decode("1bffffffffffffffff")).hasMessageContaining("2^63-1");
    }

    @Test
    void decodes_floats_and_simple_values() throws Exception {
        assertThat(decode("f93c00")).isEqualTo(new CborItem.Float(1.0));
        assertThat(decode("f5")).isEqualTo(CborItem.Simple.TRUE);
        assertThat(decode("3903e7")).isEqualTo(CborItem.of(-1000));
    }

    @Test
    void encoding_then_decoding_gives_back_the_same_item() {
        qt().forAll(longs().all(), strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 40), integers().between(0, 300))
                .checkAssert((n, text, len) -> {
                    CborItem item = new CborItem.Tag(61, new CborItem.MapItem(Map.of(
                            CborItem.of(n), new CborItem.Array(List.of(CborItem.of(text), CborItem.of(new byte[len]))),
                            CborItem.of(text), CborItem.Simple.NULL)));
                    try {
                        assertThat(DECODER.decode(CborEncoder.encode(item))).isEqualTo(item);
                    } catch (MalformedInputException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void encodes_integers_with_the_shortest_argument() {
        assertThat(HexFormat.of().formatHex(CborEncoder.encode(CborItem.of(-75000)))).isEqualTo("3a000124f7");
        assertThat(HexFormat.of().formatHex(CborEncoder.encode(CborItem.of(2394)))).isEqualTo("19095a");
        assertThat(HexFormat.of().formatHex(CborEncoder.encode(CborItem.of(23)))).isEqualTo("17");
        assertThat(HexFormat.of().formatHex(CborEncoder.encode(CborItem.of(24)))).isEqualTo("1818");
    }
}
