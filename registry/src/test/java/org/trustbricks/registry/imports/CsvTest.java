package org.trustbricks.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.keys.SignedCertificateVerifier;

class CsvTest {

    @Test
    void any_row_written_reads_back_the_same() {
        qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(1, 6))
                .checkAssert(fields -> {
                    List<String> safe = fields.stream().map(f -> f.isEmpty() || "=+-@\t\r".indexOf(f.charAt(0)) < 0 ? f : "x" + f).toList();
                    if (safe.size() == 1 && safe.get(0).isEmpty()) {
                        return;
                    }
                    List<Csv.Row> rows = Csv.parse(Csv.line(safe));
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).fields()).isEqualTo(safe);
                });
    }

    @Test
    void a_formula_is_neutralised_on_export() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
    }

    @Test
    void windows_1252_is_read_when_the_bytes_are_not_utf8() {
        assertThat(Csv.decode(new byte[] {'N', 'e', 't', (byte) 0xAE})).isEqualTo("Net®");
    }

    @Test
    void an_unclosed_quote_is_reported_as_an_unreadable_record() {
        assertThat(Csv.parse("a,b\n\"c,d\n").get(1).fields()).isNull();
    }

    @FuzzTest(maxDuration = "10s")
    void parsers_of_untrusted_files_never_throw(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        Csv.parse(Csv.decode(bytes));
        CcCsv.parse(bytes, java.time.LocalDate.of(2026, 1, 1));
        SesipIndexCsv.parse(bytes, java.time.LocalDate.of(2026, 1, 1));
        EuccJson.parse(bytes, java.time.LocalDate.of(2026, 1, 1));
        SignedCertificateVerifier.verify(bytes, null);
        SignedCertificateVerifier.verify(new String(bytes, StandardCharsets.ISO_8859_1).replace('\n', '.').getBytes(StandardCharsets.ISO_8859_1), null);
    }
}
