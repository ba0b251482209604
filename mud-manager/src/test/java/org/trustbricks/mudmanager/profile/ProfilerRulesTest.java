package org.trustbricks.mudmanager.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.mudmanager.capture.Frames.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.Oracles;
import org.trustbricks.mudmanager.capture.CaptureFile;
import org.trustbricks.mudmanager.capture.Packet;
import org.trustbricks.mudmanager.learn.DhcpMessages;

class ProfilerRulesTest {

    static final String DEV = "02:00:00:00:00:01";
    static final String GW = "02:00:00:00:00:fe";
    static final String DEV_IP = "192.168.1.20";
    static final ProfilerOptions OPTIONS = ProfilerOptions.defaults()
            .withLastUpdate(Instant.parse("2026-11-21T12:00:00Z")).withMudUrl("https://mud.example.com/cam.json");

    static byte[] out(String dst, int proto, byte[] l4) {
        return ethernet(GW, DEV, 0x0800, ipv4(DEV_IP, dst, proto, l4));
    }

    static byte[] in(String src, int proto, byte[] l4) {
        return ethernet(DEV, GW, 0x0800, ipv4(src, DEV_IP, proto, l4));
    }

    /** A capture where the device resolves api.cam.example via a CNAME chain, then opens HTTPS to it. */
    static CaptureFile cloudSession(CaptureFile f, String cdnAddress, int clientPort) {
        byte[] answer = dnsResponse(1, "api.cam.example", 1, new String[] {"api.cam.example", "5", "edge.cdn.example"},
                new String[] {"edge.cdn.example", "1", cdnAddress});
        return f.packet(1, out("192.168.1.1", 17, udp(40000 + clientPort, 53, new byte[12])))
                .packet(2, in("192.168.1.1", 17, udp(53, 40000 + clientPort, answer)))
                .packet(3, out(cdnAddress, 6, tcp(clientPort, 443, Packet.SYN, new byte[0])))
                .packet(4, in(cdnAddress, 6, tcp(443, clientPort, Packet.SYN | Packet.ACK, new byte[0])))
                .packet(5, out(cdnAddress, 6, tcp(clientPort, 443, Packet.ACK, new byte[0])));
    }

    static ProfileResult profile(Path dir, CaptureFile capture, ProfilerOptions options) throws Exception {
        Path file = capture.write(dir.resolve("c" + System.nanoTime() + ".pcapng"));
        return Profiler.profile(List.of(file), DeviceSelector.byMac(DEV), options, ProgressListener.NONE);
    }

    static String json(ProfileResult r) throws Exception {
        return new ObjectMapper().writeValueAsString(r.mud());
    }

    static void assertValid(Path dir, ProfileResult r) throws Exception {
        Oracles.Result lint = Oracles.yanglint(Files.writeString(dir.resolve("out" + System.nanoTime() + ".json"), json(r)));
        assertThat(lint.exit()).as(lint.output() + json(r)).isZero();
        assertThat(r.allFlowsAllowed()).isTrue();
    }

    @Test
    void names_a_cdn_address_by_the_question_of_its_cname_chain(@TempDir Path dir) throws Exception {
        ProfileResult r = profile(dir, cloudSession(CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1),
                "198.51.100.7", 50000), OPTIONS);
        assertThat(json(r)).contains("\"ietf-acldns:dst-dnsname\":\"api.cam.example\"")
                .doesNotContain("edge.cdn.example").doesNotContain("198.51.100.7");
        assertThat(r.generalisations()).anySatisfy(g -> {
            assertThat(g.rule()).isEqualTo("R2");
            assertThat(g.detail()).contains("api.cam.example -> edge.cdn.example");
        });
        assertValid(dir, r);
    }

    @Test
    void names_peers_from_dns_answers_carried_over_tcp(@TempDir Path dir) throws Exception {
        byte[] answer = dnsResponse(2, "big.cam.example", 1, new String[] {"big.cam.example", "1", "198.51.100.8"});
        byte[] framed = concat(new byte[] {0, (byte) answer.length}, answer);
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1, in("192.168.1.1", 6, tcp(53, 41000, Packet.ACK | Packet.PSH, framed)))
                .packet(2, out("198.51.100.8", 6, tcp(50000, 443, Packet.SYN, new byte[0])));
        ProfileResult r = profile(dir, f, OPTIONS);
        assertThat(json(r)).contains("\"ietf-acldns:dst-dnsname\":\"big.cam.example\"");
        assertValid(dir, r);
    }

    @Test
    void marks_a_connection_opened_from_outside_as_to_device(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.BIG_ENDIAN, true, 1, 65535)
                .packet(1, in("192.168.1.50", 6, tcp(51000, 8080, Packet.SYN, new byte[0])))
                .packet(2, out("192.168.1.50", 6, tcp(8080, 51000, Packet.SYN | Packet.ACK, new byte[0])));
        ProfileResult r = profile(dir, f, OPTIONS);
        JsonNode ace = r.mud().at("/ietf-access-control-list:acls/acl/0/aces/ace/0/matches");
        assertThat(ace.at("/tcp/ietf-mud:direction-initiated").asText()).isEqualTo("to-device");
        assertThat(ace.at("/tcp/source-port/port").asInt()).isEqualTo(8080);
        assertThat(ace.has("ietf-mud:mud")).as("local peer as local-networks").isTrue();
        assertThat(r.flows()).singleElement().satisfies(fl -> assertThat(fl.initiator()).isEqualTo("PEER"));
        assertValid(dir, r);
    }

    @Test
    void leaves_out_direction_initiated_when_the_handshake_was_not_captured(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1, out("203.0.113.5", 6, tcp(50001, 8883, Packet.ACK, new byte[0])));
        ProfileResult r = profile(dir, f, OPTIONS);
        assertThat(json(r)).doesNotContain("direction-initiated").contains("\"port\":8883")
                .contains("203.0.113.5/32");
        assertThat(r.generalisations()).extracting(Generalisation::rule).contains("R8", "R6");
        assertValid(dir, r);
    }

    @Test
    void widens_unnamed_addresses_only_when_configured_and_says_so(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535);
        for (int i = 1; i <= 3; i++) {
            f.packet(i, out("203.0.113." + i, 17, udp(3478, 3478, new byte[4])));
        }
        ProfileResult kept = profile(dir, f, OPTIONS);
        assertThat(json(kept)).contains("203.0.113.1/32", "203.0.113.2/32", "203.0.113.3/32");
        ProfileResult widened = profile(dir, f, OPTIONS.withWidenLiteralAt(3));
        assertThat(json(widened)).doesNotContain("203.0.113.");
        assertThat(widened.generalisations()).anySatisfy(g -> assertThat(g.detail()).contains("widened to any address"));
        assertValid(dir, widened);
    }

    @Test
    void drops_rare_flows_only_above_a_configured_minimum_and_reports_them(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1, out("203.0.113.9", 17, udp(40000, 9999, new byte[4])));
        ProfileResult r = profile(dir, f, OPTIONS.withMinPackets(2));
        assertThat(json(r)).doesNotContain("203.0.113.9");
        assertThat(r.flows()).singleElement().satisfies(fl -> assertThat(fl.included()).isFalse());
        assertThat(r.generalisations()).anySatisfy(g -> assertThat(g.rule()).isEqualTo("R7"));
        assertThat(r.allFlowsAllowed()).isTrue();
    }

    @Test
    void keeps_fixed_dhcp_ports_and_learns_the_announced_mud_url(@TempDir Path dir) throws Exception {
        byte[] dhcp = DhcpMessages.v4Request(DEV, DhcpMessages.option161("https://things.example.com/cam.json"));
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1, ethernet("ff:ff:ff:ff:ff:ff", DEV, 0x0800, ipv4("0.0.0.0", "255.255.255.255", 17,
                        udp(68, 67, dhcp))))
                .packet(2, in("192.168.1.1", 17, udp(67, 68, new byte[8])));
        ProfileResult r = profile(dir, f, OPTIONS.withMudUrl(null));
        assertThat(r.mudUrl()).isEqualTo("https://things.example.com/cam.json");
        assertThat(r.findings()).extracting(Finding::code).contains("PROFILE-MUD-URL-ANNOUNCED");
        assertThat(json(r)).contains("255.255.255.255/32").contains("{\"operator\":\"eq\",\"port\":68}");
        assertThat(r.flows()).filteredOn(fl -> fl.peer().equals("192.168.1.1"))
                .singleElement().satisfies(fl -> assertThat(fl.service()).isEqualTo(67));
        assertValid(dir, r);
    }

    @Test
    void learns_the_mud_url_the_device_sends_by_lldp_and_reports_layer_2_frames(@TempDir Path dir) throws Exception {
        byte[] url = "https://things.example.com/lldp-cam.json".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] lldpdu = new org.trustbricks.mudmanager.capture.Frames.Bytes().u16(1 << 9 | 7).u8(4).mac(DEV)
                .u16(127 << 9 | (4 + url.length)).u8(0).u8(0).u8(0x5E).u8(1).raw(url).u16(0).toArray();
        CaptureFile f = CaptureFile.pcapng(ByteOrder.BIG_ENDIAN).iface(1, 0, -1)
                .packet(0, 1, ethernet("01:80:c2:00:00:0e", DEV, 0x88CC, lldpdu), 14 + lldpdu.length)
                .packet(0, 2, out("203.0.113.7", 17, udp(40000, 5683, new byte[4])), 64);
        ProfileResult r = profile(dir, f, OPTIONS.withMudUrl(null));
        assertThat(r.mudUrl()).isEqualTo("https://things.example.com/lldp-cam.json");
        assertThat(r.findings()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("PROFILE-LAYER2-NOT-REPRESENTED");
            assertThat(x.message()).contains("LLDP=1");
        });
        assertValid(dir, r);
    }

    @Test
    void profiles_a_device_by_ip_address_in_a_linux_cooked_ipv6_capture(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 276, 65535)
                .packet(1, sll2(4, DEV, 0x86DD, ipv6("2001:db8::20", "2001:db8:ffff::1", 6,
                        tcp(50000, 443, Packet.SYN, new byte[0]))))
                .packet(2, sll2(0, GW, 0x86DD, ipv6("2001:db8:ffff::1", "2001:db8::20", 6,
                        tcp(443, 50000, Packet.SYN | Packet.ACK, new byte[0]))));
        Path file = f.write(dir.resolve("v6.pcap"));
        ProfileResult r = Profiler.profile(List.of(file), DeviceSelector.byAddress("2001:db8::20"), OPTIONS,
                ProgressListener.NONE);
        assertThat(json(r)).contains("\"destination-ipv6-network\":\"2001:db8:ffff::1/128\"")
                .contains("\"type\":\"ipv6-acl-type\"");
        assertValid(dir, r);
    }

    @Test
    void reports_flows_beyond_the_flow_limit_instead_of_growing(@TempDir Path dir) throws Exception {
        CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535);
        for (int i = 1; i <= 40; i++) {
            f.packet(i, out("203.0.113." + i, 17, udp(40000, 7000, new byte[4])));
        }
        ProfileResult r = profile(dir, f, OPTIONS.withLimits(10, 64));
        assertThat(r.flows()).hasSize(10);
        assertThat(r.findings()).extracting(Finding::code).contains("PROFILE-FLOW-LIMIT");
    }

    @Test
    void reports_a_device_absent_from_the_captures(@TempDir Path dir) throws Exception {
        ProfileResult r = profile(dir, CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1, ethernet(GW, "02:99:99:99:99:99", 0x0806, new byte[28])), OPTIONS);
        assertThat(r.findings()).extracting(Finding::code).contains("PROFILE-DEVICE-NOT-SEEN");
        assertValid(dir, r);
    }
}
