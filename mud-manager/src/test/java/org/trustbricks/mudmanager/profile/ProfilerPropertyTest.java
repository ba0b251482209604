package org.trustbricks.mudmanager.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.trustbricks.mudmanager.capture.Frames.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.mudmanager.Oracles;
import org.trustbricks.mudmanager.capture.CaptureFile;
import org.trustbricks.mudmanager.capture.Packet;

class ProfilerPropertyTest {

    static final String DEV = "02:00:00:00:00:01";
    static final String OTHER = "02:00:00:00:00:fe";
    static final String[] V4_PEERS = {"45.1.2.3", "45.1.2.4", "198.51.100.9", "192.168.1.1", "192.168.1.77",
        "224.0.0.251", "239.255.255.250", "255.255.255.255", "10.9.9.9"};
    static final String[] V6_PEERS = {"2a00:1450::1", "fe80::1", "ff02::fb", "fd00::5", "ff02::16"};
    static final int[] PORTS = {53, 67, 68, 123, 443, 1900, 5353, 8080, 8883, 40000, 51515, 60000};
    static final int[] FLAGS = {Packet.SYN, Packet.SYN | Packet.ACK, Packet.ACK, Packet.FIN | Packet.ACK, Packet.RST};

    static byte[] randomPacket(SplittableRandom r) {
        boolean v6 = r.nextInt(4) == 0;
        String peer = v6 ? V6_PEERS[r.nextInt(V6_PEERS.length)] : V4_PEERS[r.nextInt(V4_PEERS.length)];
        String self = v6 ? "2001:db8::20" : "192.168.1.20";
        boolean from = r.nextBoolean();
        int kind = r.nextInt(10);
        int sport = PORTS[r.nextInt(PORTS.length)];
        int dport = PORTS[r.nextInt(PORTS.length)];
        byte[] l4;
        int proto;
        if (kind < 4) {
            proto = 6;
            l4 = tcp(sport, dport, FLAGS[r.nextInt(FLAGS.length)], new byte[r.nextInt(3)]);
        } else if (kind < 8) {
            proto = 17;
            l4 = udp(sport, dport, new byte[r.nextInt(20)]);
        } else if (kind == 8) {
            proto = v6 ? 58 : 1;
            l4 = icmp(r.nextInt(4) == 0 ? 3 : 8, 0);
        } else {
            proto = v6 ? 58 : 2;
            l4 = v6 ? icmp(143, 0) : new byte[8];
        }
        String src = from ? self : peer;
        String dst = from ? peer : self;
        byte[] ip = v6 ? ipv6(src, dst, proto, l4) : ipv4(src, dst, proto, l4);
        return ethernet(from ? OTHER : DEV, from ? DEV : OTHER, v6 ? 0x86DD : 0x0800, ip);
    }

    static byte[] randomDnsAnswer(SplittableRandom r) {
        String name = "n" + r.nextInt(5) + ".example.com";
        String addr = V4_PEERS[r.nextInt(3)];
        byte[] dns = r.nextBoolean()
                ? dnsResponse(r.nextInt(65536), name, 1, new String[] {name, "1", addr})
                : dnsResponse(r.nextInt(65536), name, 1, new String[] {name, "5", "cdn.example.net"},
                        new String[] {"cdn.example.net", "1", addr});
        return ethernet(DEV, OTHER, 0x0800, ipv4("192.168.1.1", "192.168.1.20", 17, udp(53, 40000 + r.nextInt(999), dns)));
    }

    static ProfilerOptions randomOptions(SplittableRandom r) {
        ProfilerOptions d = ProfilerOptions.defaults().withLastUpdate(Instant.parse("2026-11-21T12:00:00Z"))
                .withMudUrl("https://mud.example.com/random.json").withWidenLiteralAt(r.nextBoolean() ? 0 : 2);
        return new ProfilerOptions(d.mudUrl(), "random", d.localNetworks(), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), d.widenLiteralAt(), 1, r.nextBoolean() ? 1024 : 0, 100_000, 1 << 10, 48, d.lastUpdate());
    }

    @Test
    void every_observed_flow_is_allowed_by_the_generated_file_and_the_file_is_valid(@TempDir Path dir) {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            try {
                SplittableRandom r = new SplittableRandom(seed);
                CaptureFile f = CaptureFile.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535);
                int n = 1 + r.nextInt(60);
                for (int i = 0; i < n; i++) {
                    f.packet(i, r.nextInt(5) == 0 ? randomDnsAnswer(r) : randomPacket(r));
                }
                Path file = f.write(dir.resolve("p" + seed + ".pcap"));
                ProfileResult result = Profiler.profile(List.of(file), DeviceSelector.byMac(DEV), randomOptions(r),
                        ProgressListener.NONE);
                assertThat(result.allFlowsAllowed()).as("seed %d: %s", seed, result.flows()).isTrue();
                Path json = Files.writeString(dir.resolve("p" + seed + ".json"),
                        new ObjectMapper().writeValueAsString(result.mud()));
                Oracles.Result lint = Oracles.yanglint(json);
                assertThat(lint.exit()).as("seed %d: %s %s", seed, lint.output(), Files.readString(json)).isZero();
            } catch (Exception e) {
                throw new AssertionError("seed " + seed, e);
            }
        });
    }
}
