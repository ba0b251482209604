package org.trustbricks.mudmanager.capture;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Runs the real tshark as an independent oracle; tests using it skip when it is not installed. */
final class Tshark {

    /** What tshark decoded for one frame. */
    record Frame(int number, String src, String dst, int srcPort, int dstPort, TreeSet<String> dnsValues) {
    }

    private Tshark() {
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tshark")) || onPath(), "tshark is not installed");
    }

    private static boolean onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "tshark"))) {
                return true;
            }
        }
        return false;
    }

    static List<Frame> frames(Path capture) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tshark", "-n", "-r", capture.toString(), "-T", "fields", "-E", "separator=/t",
                "-E", "occurrence=a", "-E", "aggregator=,", "-e", "frame.number", "-e", "ip.src", "-e", "ip.dst",
                "-e", "ipv6.src", "-e", "ipv6.dst", "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "udp.srcport",
                "-e", "udp.dstport", "-e", "dns.a", "-e", "dns.aaaa", "-e", "dns.cname")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "tshark did not finish");
        List<Frame> frames = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 12);
            String src = first(f[1]) != null ? first(f[1]) : first(f[3]);
            String dst = first(f[2]) != null ? first(f[2]) : first(f[4]);
            int sp = port(f[5]) >= 0 ? port(f[5]) : port(f[7]);
            int dp = port(f[6]) >= 0 ? port(f[6]) : port(f[8]);
            TreeSet<String> dns = new TreeSet<>();
            for (int i = 9; i <= 11; i++) {
                if (f[i] != null && !f[i].isEmpty()) {
                    for (String v : f[i].split(",")) {
                        dns.add(i == 11 ? v.toLowerCase() : normaliseAddress(v));
                    }
                }
            }
            frames.add(new Frame(Integer.parseInt(f[0].trim()), normaliseAddress(src), normaliseAddress(dst), sp, dp, dns));
        }
        return frames;
    }

    static String normaliseAddress(String a) {
        if (a == null || a.isEmpty()) {
            return null;
        }
        try {
            return InetAddress.getByName(a).getHostAddress();
        } catch (UnknownHostException e) {
            return a;
        }
    }

    private static String first(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int c = s.indexOf(',');
        return c < 0 ? s : s.substring(0, c);
    }

    private static int port(String s) {
        String v = first(s);
        return v == null ? -1 : Integer.parseInt(v);
    }
}
