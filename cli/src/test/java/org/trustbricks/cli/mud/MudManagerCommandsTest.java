package org.trustbricks.cli.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;

class MudManagerCommandsTest {

    static final Path EXAMPLES = Path.of("..", "examples", "mud-manager");
    static final String MUD = EXAMPLES.resolve("bulb-2000.json").toString();
    static final String SITE = EXAMPLES.resolve("site.yaml").toString();

    @Test
    void compile_renders_nftables_for_the_example_site() {
        CliRun r = CliRun.of("mud", "compile", MUD, "--site", SITE, "--format", "nft", "--offline", "--host",
                "api.things.example.com=203.0.113.10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("table inet trustbricks_mud").contains("203.0.113.10")
                .contains("ct state new accept comment \"from-ipv4-bulb/cloud-https\"");
    }

    @Test
    void compile_renders_iptables_and_a_json_rule_list() throws Exception {
        CliRun ipt = CliRun.of("mud", "compile", MUD, "--site", SITE, "--format", "iptables", "--offline");
        assertThat(ipt.exitCode()).isZero();
        assertThat(ipt.out()).contains("*filter").contains("-j DROP");
        assertThat(ipt.err()).contains("SITE-DNS-UNRESOLVED");
        CliRun json = CliRun.of("mud", "compile", MUD, "--site", SITE, "--format", "json", "--offline");
        JsonNode rules = new ObjectMapper().readTree(json.out());
        assertThat(rules.isArray()).isTrue();
        assertThat(rules.get(0).path("device").asText()).isEqualTo("kitchen-bulb");
    }

    @Test
    void compile_refuses_an_unknown_format_as_a_usage_error_and_a_bad_site_as_invalid_input(@TempDir Path dir)
            throws Exception {
        assertThat(CliRun.of("mud", "compile", MUD, "--site", SITE, "--format", "pf").exitCode()).isEqualTo(2);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "local-networks: [home.example]\n");
        CliRun r = CliRun.of("mud", "compile", MUD, "--site", bad.toString(), "--offline");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("SITE-MALFORMED").contains("/local-networks/0");
        assertThat(CliRun.of("mud", "compile", MUD).exitCode()).isEqualTo(2);
    }

    @Test
    void check_flow_names_the_deciding_ace_for_allowed_and_denied_flows() {
        CliRun allowed = CliRun.of("mud", "check-flow", MUD, "--site", SITE, "--device", "kitchen-bulb", "--peer",
                "api.things.example.com", "--protocol", "tcp", "--src-port", "50000", "--dst-port", "443",
                "--initiated-by", "device", "--offline");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).startsWith("allow from-ipv4-bulb/cloud-https");
        CliRun denied = CliRun.of("mud", "check-flow", MUD, "--site", SITE, "--device", "192.168.1.21", "--peer",
                "198.51.100.1", "--dst-port", "22", "--offline");
        assertThat(denied.exitCode()).isZero();
        assertThat(denied.out()).startsWith("deny default/default-deny");
        assertThat(CliRun.of("mud", "check-flow", MUD, "--site", SITE, "--device", "x", "--peer", "1.2.3.4",
                "--direction", "sideways").exitCode()).isEqualTo(2);
    }

    @Test
    void fetch_gets_a_mud_file_from_a_loopback_server_only_with_the_development_flag() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        byte[] body = Files.readAllBytes(Path.of(MUD));
        server.createContext("/bulb.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/mud+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bulb.json";
            CliRun refused = CliRun.of("mud", "fetch", url);
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("FETCH-NOT-HTTPS");
            CliRun ok = CliRun.of("mud", "fetch", url, "--dev-http-loopback");
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("bulb-2000.json");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fetch_with_a_trust_anchor_verifies_the_signature_beside_the_file_and_refuses_a_tampered_file(@TempDir Path dir)
            throws Exception {
        org.trustbricks.mud.Mud mud = org.trustbricks.mud.Mud.create();
        var creds = mud.newManufacturerCredentials("Fetch Devices", java.time.Duration.ofDays(30));
        var other = mud.newManufacturerCredentials("Other Devices", java.time.Duration.ofDays(30));
        byte[] body = Files.readAllBytes(Path.of(MUD));
        byte[] p7s = mud.sign(body, creds.signingKey());
        byte[] tampered = (new String(body, java.nio.charset.StandardCharsets.UTF_8) + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        serve(server, "/bulb.json", "application/mud+json", body);
        serve(server, "/bulb.p7s", "application/pkcs7-signature", p7s);
        serve(server, "/changed.json", "application/mud+json", tampered);
        serve(server, "/changed.p7s", "application/pkcs7-signature", p7s);
        serve(server, "/unsigned.json", "application/mud+json", body);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path ca = Files.writeString(dir.resolve("ca.pem"), creds.caCertificatePem());
            Path otherCa = Files.writeString(dir.resolve("other.pem"), other.caCertificatePem());
            CliRun ok = CliRun.of("mud", "fetch", base + "/bulb.json", "--dev-http-loopback", "--trust-anchor", ca.toString());
            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(ok.err()).contains("signature: VALID").contains("Fetch Devices");
            CliRun json = CliRun.of("mud", "fetch", base + "/bulb.json", "--dev-http-loopback", "--trust-anchor", ca.toString(), "--json");
            assertThat(new ObjectMapper().readTree(json.out()).path("signature").path("status").asText()).isEqualTo("VALID");
            CliRun untrusted = CliRun.of("mud", "fetch", base + "/bulb.json", "--dev-http-loopback", "--trust-anchor", otherCa.toString());
            assertThat(untrusted.exitCode()).isEqualTo(1);
            assertThat(untrusted.err()).contains("signature: ").doesNotContain("signature: VALID");
            CliRun changed = CliRun.of("mud", "fetch", base + "/changed.json", "--dev-http-loopback", "--trust-anchor", ca.toString());
            assertThat(changed.exitCode()).isEqualTo(1);
            assertThat(changed.err()).contains("SIGNATURE_INVALID");
            CliRun unsigned = CliRun.of("mud", "fetch", base + "/unsigned.json", "--dev-http-loopback", "--trust-anchor", ca.toString());
            assertThat(unsigned.exitCode()).isEqualTo(1);
            assertThat(unsigned.err()).contains("unsigned.p7s");
        } finally {
            server.stop(0);
        }
    }

    private static void serve(HttpServer server, String path, String type, byte[] bytes) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
    }

    @Test
    void profile_writes_a_mud_file_and_reports_the_rules_it_applied(@TempDir Path dir) throws Exception {
        Path cap = Files.write(dir.resolve("c.pcap"), capture());
        Path out = dir.resolve("device.json");
        CliRun r = CliRun.of("mud", "profile", cap.toString(), "--device", "02:00:00:00:00:01", "--mud-url",
                "https://mud.example.com/cam.json", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode mud = new ObjectMapper().readTree(Files.readString(out));
        assertThat(mud.at("/ietf-mud:mud/mud-url").asText()).isEqualTo("https://mud.example.com/cam.json");
        assertThat(Files.readString(out)).contains("203.0.113.5/32").contains("\"port\" : 443");
        assertThat(r.err()).contains("Profiling").contains("every flow allowed by the generated file: true")
                .contains("R6 203.0.113.5");
    }

    @Test
    void profile_of_a_missing_device_or_file_fails(@TempDir Path dir) throws Exception {
        Path cap = Files.write(dir.resolve("c.pcap"), capture());
        CliRun absent = CliRun.of("mud", "profile", cap.toString(), "--device", "02:99:99:99:99:99", "--no-progress");
        assertThat(absent.exitCode()).isEqualTo(1);
        assertThat(absent.err()).contains("PROFILE-DEVICE-NOT-SEEN");
        assertThat(CliRun.of("mud", "profile", dir.resolve("none.pcap").toString(), "--device",
                "02:00:00:00:00:01").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("mud", "profile", cap.toString()).exitCode()).isEqualTo(2);
    }

    /** A classic pcap with one TCP SYN from the device to 203.0.113.5:443. */
    static byte[] capture() {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + 54).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(1_700_000_000).putInt(0).putInt(54).putInt(54);
        b.order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {2, 0, 0, 0, 0, (byte) 0xfe, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) 40).putInt(0).put((byte) 64).put((byte) 6).putShort((short) 0)
                .put(new byte[] {(byte) 192, (byte) 168, 1, 20}).put(new byte[] {(byte) 203, 0, 113, 5});
        b.putShort((short) 50000).putShort((short) 443).putInt(1).putInt(0).put((byte) 0x50).put((byte) 0x02)
                .putShort((short) 65535).putInt(0);
        return b.array();
    }
}
