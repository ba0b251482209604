package org.trustbricks.mudmanager.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.mudmanager.capture.Frames.*;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.testing.SharedCorpus;

class TsharkCrossCheckTest {

    /** Our decoding of one capture in tshark's terms. */
    static List<Tshark.Frame> ours(Path capture) throws IOException {
        List<Tshark.Frame> frames = new ArrayList<>();
        CaptureReader.read(capture, p -> {
            boolean ports = p.protocol() == 6 || p.protocol() == 17;
            TreeSet<String> dns = new TreeSet<>();
            if (p.protocol() == 17 && p.payloadLength() > 0 && (p.srcPort() == 53 || p.dstPort() == 53
                    || p.srcPort() == 5353 || p.dstPort() == 5353)) {
                try {
                    for (DnsRecord r : DnsMessage.parse(p.buffer(), p.payloadOffset(), p.payloadLength()).records()) {
                        dns.add(r.isAddress() ? Tshark.normaliseAddress(r.value()) : r.value());
                    }
                } catch (MalformedInputException e) {
                    dns.add("malformed");
                }
            }
            frames.add(new Tshark.Frame((int) p.recordNumber(),
                    p.ipVersion() == 0 ? null : p.srcAddress().getHostAddress(),
                    p.ipVersion() == 0 ? null : p.dstAddress().getHostAddress(),
                    ports ? p.srcPort() : -1, ports ? p.dstPort() : -1, dns));
        });
        return frames;
    }

    static void assertAgrees(Path capture) throws Exception {
        List<Tshark.Frame> expected = Tshark.frames(capture);
        List<Tshark.Frame> actual = ours(capture);
        assertThat(actual).as("packet count of %s", capture).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Tshark.Frame e = expected.get(i);
            Tshark.Frame a = actual.get(i);
            assertThat(a.src()).as("%s frame %d source", capture, e.number()).isEqualTo(e.src());
            assertThat(a.dst()).as("%s frame %d destination", capture, e.number()).isEqualTo(e.dst());
            if (a.srcPort() >= 0) {
                assertThat(a.srcPort()).as("%s frame %d source port", capture, e.number()).isEqualTo(e.srcPort());
                assertThat(a.dstPort()).as("%s frame %d destination port", capture, e.number()).isEqualTo(e.dstPort());
            }
            if (!a.dnsValues().isEmpty() || !e.dnsValues().isEmpty()) {
                assertThat(a.dnsValues()).as("%s frame %d DNS records", capture, e.number())
                        .isEqualTo(e.dnsValues());
            }
        }
    }

    @Test
    void agrees_with_tshark_on_every_packet_of_two_captures_per_corpus_device() throws Exception {
        Tshark.assumeInstalled();
        Path corpus = SharedCorpus.require("corpus/pcap");
        List<Path> captures = new ArrayList<>();
        try (Stream<Path> devices = Files.list(corpus)) {
            for (Path dir : devices.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".pcap")).sorted().limit(2).forEach(captures::add);
                }
            }
        }
        assertThat(captures).hasSizeGreaterThanOrEqualTo(20);
        for (Path capture : captures) {
            assertAgrees(capture);
        }
    }

    @Test
    void agrees_with_tshark_on_generated_pcapng_cooked_vlan_wifi_and_ipv6_fixtures(@TempDir Path dir) throws Exception {
        Tshark.assumeInstalled();
        String dev = "02:00:00:00:00:01";
        String gw = "02:00:00:00:00:fe";
        byte[] dns = dnsResponse(7, "api.example.com", 1, new String[] {"api.example.com", "5", "edge.cdn.example"},
                new String[] {"edge.cdn.example", "1", "93.184.216.34"},
                new String[] {"edge.cdn.example", "28", "2606:2800:220:1::248"});
        byte[] dnsFrame = ethernet(dev, gw, 0x0800, ipv4("192.168.1.1", "192.168.1.20", 17, udp(53, 40001, dns)),
                new int[] {0x8100, 7});
        byte[] v6 = ethernet(gw, dev, 0x86DD, ipv6("2001:db8::20", "2606:2800:220:1::248", 0,
                concat(v6Options(6), tcp(50001, 443, Packet.SYN, new byte[0]))));
        byte[] qinq = ethernet(gw, dev, 0x0800, ipv4("192.168.1.20", "93.184.216.34", 6,
                tcp(50002, 8883, Packet.SYN, new byte[0])), new int[] {0x88A8, 10}, new int[] {0x8100, 20});
        byte[] icmp6 = ethernet(gw, dev, 0x86DD, ipv6("fe80::1", "ff02::1", 58, icmp(128, 0)));
        List<Path> files = List.of(
                CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(1, 0, 9)
                        .packet(0, 1_000_000_001L, dnsFrame, dnsFrame.length)
                        .packet(0, 2_000_000_002L, v6, v6.length).simple(qinq).write(dir.resolve("a.pcapng")),
                CaptureFile.pcapng(ByteOrder.BIG_ENDIAN).iface(1, 0, -1).packet(0, 5, icmp6, icmp6.length)
                        .write(dir.resolve("b.pcapng")),
                CaptureFile.pcap(ByteOrder.BIG_ENDIAN, true, 113, 65535)
                        .packet(7, sll(4, dev, 0x0800, ipv4("192.168.1.20", "1.1.1.1", 17, udp(40000, 53, new byte[0]))))
                        .write(dir.resolve("c.pcap")),
                CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 276, 65535)
                        .packet(7, sll2(0, dev, 0x86DD, ipv6("2001:db8::20", "2001:db8::1", 17,
                                udp(546, 547, new byte[0])))).write(dir.resolve("d.pcap")),
                CaptureFile.pcap(ByteOrder.BIG_ENDIAN, false, 127, 65535)
                        .packet(8, radiotap(wifi(true, true, false, gw, dev, "02:00:00:00:00:aa", 0x0800,
                                ipv4("192.168.1.20", "93.184.216.34", 6, tcp(50003, 443, Packet.SYN, new byte[0])))))
                        .packet(9, radiotap(wifi(false, false, false, gw, "02:00:00:00:00:aa", dev, 0x86DD,
                                ipv6("2606:2800:220:1::248", "2001:db8::20", 17, udp(53, 40002, dns)))))
                        .write(dir.resolve("f.pcap")),
                CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 105, 65535)
                        .packet(10, wifi(true, false, false, gw, dev, "02:00:00:00:00:aa", 0x0800,
                                ipv4("192.168.1.20", "10.0.0.9", 17, udp(68, 67, new byte[4]))))
                        .write(dir.resolve("g.pcap")),
                CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 101, 65535)
                        .packet(7, ipv4("10.0.0.1", "10.0.0.2", 1, icmp(8, 0))).write(dir.resolve("e.pcap")));
        for (Path f : files) {
            assertAgrees(f);
        }
    }
}
