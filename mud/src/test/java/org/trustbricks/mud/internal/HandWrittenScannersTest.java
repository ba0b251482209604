package org.trustbricks.mud.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hand-written scanners on the hot path agree with the library expressions they replace. */
class HandWrittenScannersTest {

    private static final Pattern RFC_3986_CHARS = Pattern.compile("([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*");

    /** Strings over URI characters, their near misses (%, space, quotes, non-ASCII) and hex digits. */
    private static final Gen<String> URI_LIKE = strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 3)
            .zip(arbitrary().pick(List.of("https://a.example/x.json", "%41", "%4", "%", "%zz", "a b", "\"", "<>", "é", "[::1]", "")),
                    (noise, part) -> part + noise)
            .zip(arbitrary().pick(List.of("", "%2F", "?q=1#f", "%")), (a, b) -> a + b);

    @Test
    void uri_characters_are_judged_as_the_rfc_3986_expression_judges_them() {
        qt().withExamples(20_000).forAll(URI_LIKE).checkAssert(text ->
                assertThat(Uris.uriChars(text)).as(text).isEqualTo(RFC_3986_CHARS.matcher(text).matches()));
    }

    private static final Gen<String> TIMESTAMP = integers().between(0, 10_000).zip(integers().between(0, 14), integers().between(0, 33),
            (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day))
            .zip(integers().between(0, 25).zip(integers().between(0, 61), integers().between(0, 61),
                    (h, m, s) -> String.format("T%02d:%02d:%02d", h, m, s)), String::concat)
            .zip(arbitrary().pick(List.of("Z", "z", "+00:00", "-05:30", "+14:00", "+18:00", "+19:00", "-18:01", ".5Z", "", "+0100", "+01:60")),
                    String::concat);

    @Test
    void timestamps_read_by_hand_give_the_instant_java_time_gives_or_fail_as_it_fails() {
        qt().withExamples(20_000).forAll(TIMESTAMP).checkAssert(text -> {
            Instant expected;
            try {
                expected = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                expected = null;
            }
            Instant actual;
            try {
                actual = Timestamps.instant(text);
            } catch (DateTimeParseException e) {
                actual = null;
            }
            assertThat(actual).as(text).isEqualTo(expected);
        });
    }

    /** Byte arrays of every length up to 40 over bytes that matter (ASCII, backslash, quote, high bytes). */
    private static final Gen<byte[]> BYTES = lists().of(arbitrary().pick(List.of((byte) 'a', (byte) '\\', (byte) '"', (byte) 0x7f,
            (byte) 0x80, (byte) 0xff, (byte) 0, (byte) 0x5d, (byte) 0x5b, (byte) 0xdc))).ofSizeBetween(0, 40)
            .map(list -> {
                byte[] bytes = new byte[list.size()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = list.get(i);
                }
                return bytes;
            });

    @Test
    void word_at_a_time_scans_find_non_ascii_bytes_and_backslashes_wherever_they_are() {
        qt().withExamples(20_000).forAll(BYTES).checkAssert(bytes -> {
            boolean ascii = true;
            boolean backslash = false;
            for (byte b : bytes) {
                ascii &= b >= 0;
                backslash |= b == '\\';
            }
            assertThat(Ascii.isAscii(bytes)).as(java.util.Arrays.toString(bytes)).isEqualTo(ascii);
            assertThat(Ascii.hasBackslash(bytes)).as(java.util.Arrays.toString(bytes)).isEqualTo(backslash);
        });
    }
}
