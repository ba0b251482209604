package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Conditional-request rules and the RFC 9238 QR payload, without a server. */
class HostingHeadersTest {

    @Test
    void an_etag_matches_itself_its_weak_form_a_list_containing_it_and_the_star() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40).map(s -> s.replaceAll("[^A-Za-z0-9_-]", "x")))
                .checkAssert(tag -> {
                    String etag = "\"" + tag + "\"";
                    assertThat(Conditional.etagMatches(etag, etag)).isTrue();
                    assertThat(Conditional.etagMatches("W/" + etag, etag)).isTrue();
                    assertThat(Conditional.etagMatches("\"x-" + tag + "\", " + etag, etag)).isTrue();
                    assertThat(Conditional.etagMatches("*", etag)).isTrue();
                    assertThat(Conditional.etagMatches("\"" + tag + "-other\"", etag)).isFalse();
                    assertThat(Conditional.etagMatches(tag, etag)).as("an unquoted value is not an entity tag").isFalse();
                });
    }

    @Test
    void if_modified_since_compares_whole_seconds_and_ignores_unreadable_dates() {
        long lastModified = 1_763_719_200L;
        assertThat(Conditional.notModifiedSince("Fri, 21 Nov 2025 10:00:00 GMT", lastModified)).isTrue();
        assertThat(Conditional.notModifiedSince("Fri, 21 Nov 2025 09:59:59 GMT", lastModified)).isFalse();
        assertThat(Conditional.notModifiedSince("yesterday", lastModified)).isFalse();
        assertThat(Conditional.notModifiedSince("", lastModified)).isFalse();
    }

    @Test
    void the_qr_payload_has_the_format_06_header_the_sqrl_records_and_no_query() {
        String p = QrSvg.payload("Acme Ltd", "T1", "https://mud.example/mud/acme/t1.json?x=1");
        assertThat(p).isEqualTo("[)>\u001e06\u001d12NB000Acme Ltd\u001fB002T1\u001fM180https://mud.example/mud/acme/t1.json\u001f\u001e\u0004");
        assertThat(QrSvg.payload("Äcme", "T1", "https://a/b.json")).contains("B000?cme").doesNotContain("Ä");
    }

    @Test
    void the_qr_svg_is_square_with_a_text_alternative() {
        String svg = QrSvg.svg(QrSvg.payload("Acme", "T1", "https://mud.example/mud/acme/t1.json"), "QR for <acme>");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"QR for &lt;acme&gt;\"").contains("<path");
    }
}
