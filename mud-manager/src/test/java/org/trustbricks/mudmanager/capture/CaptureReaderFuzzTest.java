package org.trustbricks.mudmanager.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.trustbricks.common.MalformedInputException;

class CaptureReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void reading_arbitrary_bytes_reports_instead_of_throwing(byte[] input) throws IOException {
        long[] seen = {0};
        CaptureReport report = CaptureReader.read(new ByteArrayInputStream(input), "fuzz", p -> {
            seen[0]++;
            assertThat(p.captureLength()).isBetween(0, input.length);
            if (p.payloadOffset() >= 0) {
                assertThat(p.payloadOffset() + p.payloadLength()).isLessThanOrEqualTo(p.offset() + p.captureLength());
                try {
                    DnsMessage.parse(p.buffer(), p.payloadOffset(), p.payloadLength());
                } catch (MalformedInputException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        });
        assertThat(report.records()).isEqualTo(seen[0]);
        assertThat(report.bytesRead()).isLessThanOrEqualTo(input.length);
    }

    @FuzzTest(maxDuration = "10s")
    void parsing_arbitrary_dns_messages_reports_instead_of_throwing(byte[] input) {
        try {
            DnsMessage m = DnsMessage.parse(input, 0, input.length);
            assertThat(m.records().size()).isLessThanOrEqualTo(512);
        } catch (MalformedInputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
