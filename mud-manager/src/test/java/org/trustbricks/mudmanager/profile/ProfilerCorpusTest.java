package org.trustbricks.mudmanager.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.Finding;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mudmanager.Oracles;

class ProfilerCorpusTest {

    static final ProfilerOptions OPTIONS = ProfilerOptions.defaults()
            .withLastUpdate(Instant.parse("2026-11-21T12:00:00Z"));

    static List<Path> captures(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList();
        }
    }

    @Test
    void profiles_the_hue_bridge_into_a_valid_file_naming_its_cloud_endpoints(@TempDir Path tmp) throws Exception {
        Path dir = SharedCorpus.require("corpus/pcap/HueBridge");
        String mac = Files.readString(dir.resolve("_iotdevice-mac.txt")).trim();
        List<long[]> ticks = new ArrayList<>();
        ProfileResult r = Profiler.profile(captures(dir), DeviceSelector.byMac(mac),
                OPTIONS.withMudUrl("https://mud.example.com/philips/hue-bridge.json").withDeviceName("hue bridge"),
                (done, total, packets) -> ticks.add(new long[] {done, total, packets}));
        assertThat(r.packets()).isEqualTo(26964);
        assertThat(r.allFlowsAllowed()).isTrue();
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("PROFILE-FLOW-NOT-ALLOWED");
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.mud());
        assertThat(json).contains("bridge.meethue.com", "dcp.cpp.philips.com", "urn:ietf:params:mud:dns",
                "\"ietf-mud:direction-initiated\" : \"from-device\"");
        assertThat(r.generalisations()).extracting(Generalisation::rule).contains("R2", "R4", "R5");
        assertThat(ticks).isNotEmpty();
        long[] last = ticks.get(ticks.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        Oracles.Result lint = Oracles.yanglint(Files.writeString(tmp.resolve("hue.json"), json));
        assertThat(lint.exit()).as(lint.output() + json).isZero();
    }

    @Test
    void every_corpus_device_yields_a_valid_file_that_allows_all_its_flows(@TempDir Path tmp) throws Exception {
        Path corpus = SharedCorpus.require("corpus/pcap");
        List<Path> written = new ArrayList<>();
        try (Stream<Path> devices = Files.list(corpus)) {
            for (Path dir : devices.filter(Files::isDirectory).sorted().toList()) {
                String mac = Files.readString(dir.resolve("_iotdevice-mac.txt")).trim();
                ProfileResult r = Profiler.profile(captures(dir), DeviceSelector.byMac(mac),
                        OPTIONS.withDeviceName(dir.getFileName().toString()), ProgressListener.NONE);
                assertThat(r.devicePackets()).as(dir.toString()).isPositive();
                assertThat(r.allFlowsAllowed()).as(dir + " " + r.findings()).isTrue();
                assertThat(r.captures()).allSatisfy(c -> assertThat(c.complete()).isTrue());
                written.add(Files.writeString(tmp.resolve(dir.getFileName() + ".json"),
                        new ObjectMapper().writeValueAsString(r.mud())));
            }
        }
        assertThat(written).hasSize(14);
        for (Path f : written) {
            Oracles.Result lint = Oracles.yanglint(f);
            assertThat(lint.exit()).as(f + ": " + lint.output() + Files.readString(f)).isZero();
        }
    }
}
