package org.trustbricks.sesip.st;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.mapping.Regulation;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.validation.ValidationReport;

/**
 * Fuzzes the ST reader and everything downstream of it: untrusted bytes never make the library throw, and a
 * document that is not read completely never yields a result presented as complete.
 * Regression inputs: src/test/resources/org/trustbricks/sesip/st/StReaderFuzzTestInputs/.
 */
class StReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void untrusted_bytes_never_escape_as_exceptions(byte[] data) {
        for (String name : new String[] {"st.yaml", "st.json"}) {
            StReadResult read = StReader.read(data, name);
            assertThat(read.complete() ? read.findings().isEmpty() : !read.findings().isEmpty()).isTrue();
            ValidationReport report = Sesip.validate(data, name);
            assertThat(report.complete()).isEqualTo(read.complete());
            if (!read.complete()) {
                assertThat(report.valid()).isFalse();
                continue;
            }
            assertThat(Sesip.compose(data, name)).isNotNull();
            assertThat(Sesip.coverage(data, name, Regulation.EN303645).report()).isNotNull();
            assertThat(Sesip.render(data, name, Format.HTML).content()).contains("</html>");
        }
    }
}
