package org.trustbricks.mudmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.CaptureFile;
import org.trustbricks.mudmanager.capture.Frames;
import org.trustbricks.mudmanager.capture.Packet;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.ProfilerOptions;
import org.trustbricks.mudmanager.profile.ProgressListener;
import org.trustbricks.mudmanager.site.StaticResolver;

class MudManagerTest {

    static final Path EXAMPLES = Path.of("..", "examples", "mud-manager");
    static final ObjectMapper JSON = new ObjectMapper();
    static final StaticResolver RESOLVER = StaticResolver.of(Map.of("api.things.example.com",
            List.of(Prefix.parse("203.0.113.10"))), 300);

    static List<byte[]> bulb() throws Exception {
        return List.of(Files.readAllBytes(EXAMPLES.resolve("bulb-2000.json")));
    }

    static byte[] site() throws Exception {
        return Files.readAllBytes(EXAMPLES.resolve("site.yaml"));
    }

    @Test
    void compiles_to_each_format_and_the_result_serialises_to_json() throws Exception {
        for (RenderFormat f : RenderFormat.values()) {
            CompileOutput out = MudManager.compile(bulb(), site(), RESOLVER, f);
            assertThat(out.ok()).as(out.findings().toString()).isTrue();
            assertThat(out.devices()).isEqualTo(4);
            assertThat(out.rules()).isNotEmpty();
            JsonNode json = JSON.readTree(JSON.writeValueAsString(out));
            assertThat(json.path("rules").get(0).path("device").asText()).isEqualTo("kitchen-bulb");
            switch (f) {
                case NFT -> assertThat(out.ruleset()).contains("table inet trustbricks_mud");
                case IPTABLES -> assertThat(out.ruleset()).contains("*filter").contains("# ip6tables-restore");
                case JSON -> assertThat(out.ruleset()).isEmpty();
            }
        }
    }

    @Test
    void reports_a_malformed_site_file_and_a_non_mud_document_as_findings() throws Exception {
        CompileOutput out = MudManager.compile(List.of("{\"x\":1}".getBytes()), "devices: [ {name: a, mac: zz} ]".getBytes(),
                RESOLVER, RenderFormat.NFT);
        assertThat(out.ok()).isFalse();
        assertThat(out.findings()).extracting(Finding::code).containsExactlyInAnyOrder("SITE-MALFORMED", "MUD-MALFORMED");
        assertThat(out.findings()).extracting(Finding::path).contains("/devices/0/mac");
    }

    @Test
    void answers_a_what_if_question_with_the_deciding_ace() throws Exception {
        FlowCheck c = MudManager.checkFlow(bulb(), site(), RESOLVER, Flow.of("kitchen-bulb", Direction.FROM_DEVICE,
                InetAddress.getByName("203.0.113.10"), null, 6, 50000, 443, Initiator.DEVICE));
        assertThat(c.decision().allowed()).isTrue();
        assertThat(c.decision().ace()).isEqualTo("cloud-https");
        assertThat(JSON.readTree(JSON.writeValueAsString(c)).at("/decision/acl").asText()).isEqualTo("from-ipv4-bulb");
    }

    @Test
    void profiles_through_the_facade_and_the_result_serialises(@TempDir Path dir) throws Exception {
        Path cap = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535).packet(1, Frames.ethernet(
                "02:00:00:00:00:fe", "02:00:00:00:00:01", 0x0800, Frames.ipv4("192.168.1.20", "203.0.113.5", 6,
                        Frames.tcp(50000, 443, Packet.SYN, new byte[0])))).write(dir.resolve("a.pcap"));
        ProfileResult r = MudManager.profile(List.of(cap), "02:00:00:00:00:01", ProfilerOptions.defaults(),
                ProgressListener.NONE);
        JsonNode json = JSON.readTree(JSON.writeValueAsString(r));
        assertThat(json.at("/mud/ietf-mud:mud/mud-version").asInt()).isEqualTo(1);
        assertThat(json.at("/captures/0/format").asText()).isEqualTo("pcap");
        assertThat(json.path("allFlowsAllowed").asBoolean()).isTrue();
    }

    @Test
    void a_failed_fetch_serialises_with_its_finding() throws Exception {
        FetchResult r = MudManager.fetch("ftp://mud.example.com/x.json", FetchOptions.defaults());
        assertThat(r.ok()).isFalse();
        assertThat(JSON.readTree(JSON.writeValueAsString(r)).at("/findings/0/code").asText()).startsWith("FETCH-");
    }

    @Test
    void progress_reports_bytes_packets_and_the_flows_found_so_far(@TempDir Path dir) throws Exception {
        Path capture = dir.resolve("synthetic.pcap");
        long packets = org.trustbricks.mudmanager.bench.SyntheticCapture.write(capture, 300_000);
        List<long[]> reports = new java.util.ArrayList<>();
        ProfileResult r = MudManager.profile(List.of(capture), "02:00:00:00:00:01", ProfilerOptions.defaults(),
                new ProgressListener() {
                    @Override
                    public void progress(long bytesDone, long bytesTotal, long read) {
                        throw new AssertionError("the four-argument form is called");
                    }

                    @Override
                    public void progress(long bytesDone, long bytesTotal, long read, long flows) {
                        reports.add(new long[] {bytesDone, bytesTotal, read, flows});
                    }
                });
        assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
        long[] first = reports.get(0);
        long[] last = reports.get(reports.size() - 1);
        assertThat(first[2]).isEqualTo(65_536);
        assertThat(first[0]).isLessThan(first[1]);
        assertThat(first[3]).isPositive().isLessThanOrEqualTo(r.flows().size());
        assertThat(last).containsExactly(Files.size(capture), Files.size(capture), packets, r.flows().size());
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
            assertThat(reports.get(i)[3]).isGreaterThanOrEqualTo(reports.get(i - 1)[3]);
        }
    }
}
