package org.trustbricks.mudmanager.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.trustbricks.mudmanager.policy.MudPolicyReader;

class ProfilerFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void arbitrary_capture_bytes_give_a_readable_mud_file_and_a_report(byte[] input) throws Exception {
        Path file = Files.createTempFile("fuzz", ".pcap");
        try {
            Files.write(file, input);
            ProfileResult r = Profiler.profile(List.of(file), DeviceSelector.byMac("00:17:88:24:76:ff"),
                    ProfilerOptions.defaults().withLastUpdate(Instant.EPOCH).withMudUrl("https://x.example/m.json"),
                    ProgressListener.NONE);
            assertThat(MudPolicyReader.read(r.mud()).mudUrl()).isEqualTo("https://x.example/m.json");
            assertThat(r.allFlowsAllowed()).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
