package org.trustbricks.mudmanager.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.mudmanager.capture.Frames.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaptureReaderTest {

    static final String DEV = "00:17:88:24:76:ff";
    static final String GW = "00:b5:6d:06:08:ba";

    static byte[] tcpFrame(int flags) {
        return ethernet(GW, DEV, 0x0800, ipv4("10.10.10.6", "52.1.2.3", 6, tcp(51000, 443, flags, new byte[0])));
    }

    static CaptureReport read(byte[] capture, Seen.Collector c) throws IOException {
        return CaptureReader.read(new ByteArrayInputStream(capture), "test", c);
    }

    @Test
    void reads_little_endian_microsecond_pcap_with_ethernet_tcp() throws IOException {
        byte[] cap = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535)
                .packet(1_500_000_123_456_000L, tcpFrame(Packet.SYN)).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(r.format()).isEqualTo("pcap");
        assertThat(r.complete()).isTrue();
        assertThat(r.records()).isEqualTo(1);
        Seen s = c.packets.get(0);
        assertThat(s.ts()).isEqualTo(1_500_000_123_456_000L);
        assertThat(s.srcMac()).isEqualTo(DEV);
        assertThat(s.dstMac()).isEqualTo(GW);
        assertThat(s.src()).isEqualTo("10.10.10.6");
        assertThat(s.dst()).isEqualTo("52.1.2.3");
        assertThat(s.protocol()).isEqualTo(6);
        assertThat(s.srcPort()).isEqualTo(51000);
        assertThat(s.dstPort()).isEqualTo(443);
        assertThat(s.tcpFlags()).isEqualTo(Packet.SYN);
    }

    @Test
    void reads_big_endian_nanosecond_pcap_keeping_nanoseconds() throws IOException {
        byte[] cap = CaptureFile.pcap(ByteOrder.BIG_ENDIAN, true, 1, 65535)
                .packet(1_600_000_000_123_456_789L, tcpFrame(Packet.ACK)).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(r.format()).isEqualTo("pcap-nanosecond");
        assertThat(c.packets.get(0).ts()).isEqualTo(1_600_000_000_123_456_789L);
    }

    @Test
    void reads_pcapng_sections_in_both_byte_orders_with_interface_time_resolution() throws IOException {
        byte[] first = CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(1, 0, 9)
                .packet(0, 1_700_000_000_000_000_001L, tcpFrame(Packet.SYN), 54).bytes();
        byte[] second = CaptureFile.pcapng(ByteOrder.BIG_ENDIAN).iface(1, 0, -1).iface(1, 0, 0x80 | 20)
                .packet(0, 1_700_000_000_000_001L, tcpFrame(Packet.ACK), 54)
                .packet(1, 3L << 20 | 1L << 19, tcpFrame(Packet.FIN), 54).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(concat(first, second), c);
        assertThat(r.format()).isEqualTo("pcapng");
        assertThat(r.complete()).isTrue();
        assertThat(c.packets).extracting(Seen::ts)
                .containsExactly(1_700_000_000_000_000_001L, 1_700_000_000_000_001_000L, 3_500_000_000L);
        assertThat(c.packets).extracting(Seen::tcpFlags).containsExactly(Packet.SYN, Packet.ACK, Packet.FIN);
    }

    @Test
    void reads_pcapng_simple_packet_blocks_cut_to_the_interface_snaplen() throws IOException {
        byte[] frame = tcpFrame(Packet.SYN);
        byte[] cap = CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(1, 40, -1).simple(frame).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(c.packets.get(0).capLen()).isEqualTo(40);
        assertThat(c.packets.get(0).origLen()).isEqualTo(frame.length);
        assertThat(c.packets.get(0).srcPort()).isEqualTo(51000);
        assertThat(c.packets.get(0).issue()).isEqualTo(DecodeIssue.TRANSPORT_HEADER_TRUNCATED);
        assertThat(r.snaplenCut()).isEqualTo(1);
        assertThat(r.findings()).extracting(f -> f.code()).contains("CAPTURE-SNAPLEN-CUT");
    }

    @Test
    void decodes_linux_cooked_v1_and_v2_with_source_mac_and_direction() throws IOException {
        byte[] ip = ipv4("10.0.0.2", "8.8.8.8", 17, udp(40000, 53, new byte[4]));
        byte[] v1 = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 113, 65535).packet(1, sll(4, DEV, 0x0800, ip))
                .bytes();
        byte[] v2 = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 276, 65535).packet(1, sll2(0, DEV, 0x0800, ip))
                .bytes();
        for (byte[] cap : new byte[][] {v1, v2}) {
            Seen.Collector c = new Seen.Collector();
            read(cap, c);
            Seen s = c.packets.get(0);
            assertThat(s.srcMac()).isEqualTo(DEV);
            assertThat(s.dstMac()).isNull();
            assertThat(s.dst()).isEqualTo("8.8.8.8");
            assertThat(s.dstPort()).isEqualTo(53);
        }
    }

    @Test
    void decodes_qinq_vlan_tags_and_raw_ip() throws IOException {
        byte[] ip = ipv4("192.168.1.5", "192.168.1.1", 17, udp(68, 67, new byte[0]));
        byte[] tagged = ethernet(GW, DEV, 0x0800, ip, new int[] {0x88A8, 100}, new int[] {0x8100, 0x2000 | 42});
        byte[] cap = CaptureFile.pcap(ByteOrder.BIG_ENDIAN, false, 1, 65535).packet(1, tagged).bytes();
        Seen.Collector c = new Seen.Collector();
        read(cap, c);
        assertThat(c.packets.get(0)).extracting(Seen::vlans, Seen::outerVlan, Seen::innerVlan, Seen::dstPort)
                .containsExactly(2, 100, 42, 67);
        Seen.Collector raw = new Seen.Collector();
        read(CaptureFile.pcap(ByteOrder.BIG_ENDIAN, false, 101, 65535).packet(1, ip).bytes(), raw);
        assertThat(raw.packets.get(0).src()).isEqualTo("192.168.1.5");
    }

    @Test
    void decodes_802_11_data_frames_with_and_without_radiotap_and_skips_encrypted_ones() throws IOException {
        byte[] ip = ipv4("192.168.1.20", "52.1.2.3", 17, udp(40000, 123, new byte[48]));
        byte[] up = wifi(true, true, false, GW, DEV, "02:aa:aa:aa:aa:aa", 0x0800, ip);
        byte[] down = wifi(false, false, false, GW, "02:aa:aa:aa:aa:aa", DEV, 0x0800, ip);
        byte[] secret = wifi(true, true, true, GW, DEV, "02:aa:aa:aa:aa:aa", 0x0800, ip);
        byte[] cap = CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(105, 0, -1).iface(127, 0, -1)
                .packet(0, 1, up, up.length).packet(1, 2, radiotap(down), down.length + 8)
                .packet(1, 3, radiotap(secret), secret.length + 8).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(c.packets.get(0)).extracting(Seen::srcMac, Seen::dstMac, Seen::dstPort)
                .containsExactly(DEV, "02:aa:aa:aa:aa:aa", 123);
        assertThat(c.packets.get(1)).extracting(Seen::srcMac, Seen::dstMac, Seen::src)
                .containsExactly("02:aa:aa:aa:aa:aa", DEV, "192.168.1.20");
        assertThat(c.packets.get(2).issue()).isEqualTo(DecodeIssue.ENCRYPTED);
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly("CAPTURE-ENCRYPTED-WIFI");
    }

    @Test
    void walks_ipv6_extension_headers_and_notes_fragments() throws IOException {
        byte[] payload = concat(v6Options(44), v6Fragment(17, 0, true), udp(5353, 5353, new byte[8]));
        byte[] first = ethernet("33:33:00:00:00:fb", DEV, 0x86DD, ipv6("fe80::1", "ff02::fb", 0, payload));
        byte[] later = ethernet("33:33:00:00:00:fb", DEV, 0x86DD,
                ipv6("fe80::1", "ff02::fb", 44, concat(v6Fragment(17, 8, false), new byte[16])));
        byte[] cap = CaptureFile.pcapng(ByteOrder.BIG_ENDIAN).iface(1, 0, -1).packet(0, 1, first, first.length)
                .packet(0, 2, later, later.length).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(c.packets.get(0)).extracting(Seen::protocol, Seen::srcPort, Seen::fragment, Seen::laterFragment)
                .containsExactly(17, 5353, true, false);
        assertThat(c.packets.get(1)).extracting(Seen::protocol, Seen::srcPort, Seen::fragment, Seen::laterFragment)
                .containsExactly(17, -1, true, true);
        assertThat(r.fragments()).isEqualTo(2);
    }

    @Test
    void notes_ipv4_later_fragments_without_ports() throws IOException {
        byte[] later = ethernet(GW, DEV, 0x0800, ipv4("10.0.0.2", "10.0.0.3", 17, new byte[24], 0x0003));
        Seen.Collector c = new Seen.Collector();
        read(CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535).packet(1, later).bytes(), c);
        assertThat(c.packets.get(0)).extracting(Seen::fragment, Seen::laterFragment, Seen::srcPort)
                .containsExactly(true, true, -1);
    }

    @Test
    void reports_a_file_cut_inside_a_record_and_keeps_the_packets_before_it() throws IOException {
        byte[] cap = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535).packet(1, tcpFrame(Packet.SYN))
                .packet(2, tcpFrame(Packet.ACK)).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(Arrays.copyOf(cap, cap.length - 10), c);
        assertThat(c.packets).hasSize(1);
        assertThat(r.complete()).isFalse();
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly("CAPTURE-TRUNCATED");
    }

    @Test
    void stops_at_a_record_with_an_impossible_length() throws IOException {
        byte[] cap = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535).packet(1, tcpFrame(Packet.SYN))
                .packet(2, tcpFrame(Packet.ACK)).bytes();
        int second = 24 + 16 + tcpFrame(Packet.SYN).length;
        cap[second + 11] = 0x7f;
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(c.packets).hasSize(1);
        assertThat(r.corruptBlocks()).isEqualTo(1);
        assertThat(r.findings()).extracting(f -> f.code()).contains("CAPTURE-CORRUPT");
    }

    @Test
    void counts_packets_of_an_unknown_link_type_without_decoding_them() throws IOException {
        byte[] cap = CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(147, 0, -1).iface(1, 0, -1)
                .packet(0, 1, new byte[30], 30).packet(1, 2, tcpFrame(Packet.SYN), 54).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(r.unknownLinkType()).isEqualTo(1);
        assertThat(r.ipPackets()).isEqualTo(1);
        assertThat(r.findings()).extracting(f -> f.code()).contains("CAPTURE-UNKNOWN-LINKTYPE");
    }

    @Test
    void rejects_input_that_is_not_a_capture() throws IOException {
        CaptureReport r = read("{\"not\":\"a capture\"}".getBytes(), new Seen.Collector());
        assertThat(r.format()).isEqualTo("unrecognised");
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly("CAPTURE-NOT-RECOGNISED");
    }

    @Test
    void skips_a_packet_block_naming_an_undescribed_interface() throws IOException {
        byte[] cap = CaptureFile.pcapng(ByteOrder.LITTLE_ENDIAN).iface(1, 0, -1)
                .packet(5, 1, tcpFrame(Packet.SYN), 54).packet(0, 2, tcpFrame(Packet.ACK), 54).bytes();
        Seen.Collector c = new Seen.Collector();
        CaptureReport r = read(cap, c);
        assertThat(c.packets).hasSize(1);
        assertThat(r.corruptBlocks()).isEqualTo(1);
        assertThat(r.complete()).isTrue();
    }

    @Test
    void converts_binary_and_decimal_time_resolutions_to_nanoseconds() {
        assertThat(PcapngParser.toNanos(5, 6)).isEqualTo(5_000L);
        assertThat(PcapngParser.toNanos(5_000, 12)).isEqualTo(5L);
        assertThat(PcapngParser.toNanos(3, 0x80)).isEqualTo(3_000_000_000L);
        assertThat(PcapngParser.toNanos(1L << 29, 0x80 | 30)).isEqualTo(500_000_000L);
    }
}
