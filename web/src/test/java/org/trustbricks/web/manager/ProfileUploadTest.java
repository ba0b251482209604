package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.manager.ManagerApiTest.assertProblem;
import static org.trustbricks.web.manager.ManagerClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.web.testing.TestServer;

/** POST /api/mud-manager/profile and the profile page over a real server: results, limits, bad input, clean-up. */
class ProfileUploadTest {

    private static TestServer server;
    private static ManagerClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = ManagerClient.signedIn(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long leftovers() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("tb-profile-")).count();
        }
    }

    @Test
    void derives_a_mud_file_naming_the_cloud_host_from_the_captured_dns_answer() throws Exception {
        long before = leftovers();
        HttpResponse<String> r = admin.upload("/api/mud-manager/profile",
                List.of(Map.entry("bulb.pcap", TinyPcap.dnsThenHttps())),
                Map.of("device", TinyPcap.DEVICE_MAC, "mudUrl", "https://things.example.com/mud/bulb.json"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = json(r);
        assertThat(out.get("packets").asLong()).isEqualTo(4);
        assertThat(out.get("allFlowsAllowed").asBoolean()).isTrue();
        assertThat(out.get("mudUrl").asText()).isEqualTo("https://things.example.com/mud/bulb.json");
        assertThat(out.get("mud").toString()).contains(TinyPcap.CLOUD_NAME, "\"port\":443", "from-device");
        assertThat(out.at("/captures/0/source").asText()).isEqualTo("bulb.pcap");
        assertThat(out.get("generalisations").findValuesAsText("rule")).contains("R2");
        assertThat(r.body()).doesNotContain("tb-profile-");
        assertThat(leftovers()).as("temporary upload directories are deleted").isLessThanOrEqualTo(before);
    }

    @Test
    void a_corrupt_capture_is_reported_not_a_server_error() {
        byte[] cut = TinyPcap.dnsThenHttps();
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 7);
        HttpResponse<String> r = admin.upload("/api/mud-manager/profile",
                List.of(Map.entry("cut.pcap", truncated), Map.entry("noise.pcap", "not a capture".getBytes())),
                Map.of("device", TinyPcap.DEVICE_MAC));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = json(r);
        assertThat(out.at("/captures/0/complete").asBoolean()).isFalse();
        assertThat(out.at("/captures/1/format").asText()).isEqualTo("unrecognised");
    }

    @Test
    void profiling_needs_a_signed_in_person() {
        HttpResponse<String> r = ManagerClient.anonymous(server).upload("/api/mud-manager/profile",
                List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())), Map.of("device", TinyPcap.DEVICE_MAC));
        assertProblem(r, 401, null);
        assertThat(ManagerClient.anonymous(server).get("/mud-manager/profile").statusCode()).isIn(302, 401);
    }

    @Test
    void bad_uploads_get_4xx_problems() {
        assertProblem(admin.postJson("/api/mud-manager/profile", "{}"), 415, null);
        assertProblem(admin.upload("/api/mud-manager/profile", List.of(), Map.of("device", TinyPcap.DEVICE_MAC)), 400, "capture");
        assertProblem(admin.upload("/api/mud-manager/profile", List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())), Map.of()), 400, "device");
        assertProblem(admin.upload("/api/mud-manager/profile", List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())),
                Map.of("device", "not-a-device")), 400, "device");
        assertProblem(admin.upload("/api/mud-manager/profile", List.of(Map.entry("a.pcap", TinyPcap.dnsThenHttps())),
                Map.of("device", TinyPcap.DEVICE_MAC, "mudUrl", "http://x.example/m.json")), 400, "mudUrl");
        assertProblem(admin.post("/api/mud-manager/profile", "multipart/form-data; boundary=zzz",
                HttpRequest.BodyPublishers.ofString("garbage without parts")), 400, null);
    }

    @Test
    void a_capture_over_fifty_mebibytes_gets_413() {
        byte[] big = new byte[(int) Profiling.MAX_CAPTURE + 1];
        HttpResponse<String> r = admin.upload("/api/mud-manager/profile", List.of(Map.entry("big.pcap", big)),
                Map.of("device", TinyPcap.DEVICE_MAC));
        assertProblem(r, 413, null);
    }

    @Test
    void a_declared_body_over_the_total_limit_gets_413_before_it_is_read() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
            String head = "POST /api/mud-manager/profile HTTP/1.1\r\nHost: localhost\r\nCookie: " + admin.cookie()
                    + "\r\nX-CSRF-Token: " + admin.csrf() + "\r\nContent-Type: multipart/form-data; boundary=zzz\r\n"
                    + "Content-Length: " + (Profiling.MAX_TOTAL + 1) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void the_page_leads_to_the_job_page_which_shows_the_derived_file_a_download_link_and_the_generalisations()
            throws Exception {
        HttpResponse<String> r = admin.upload("/mud-manager/profile", List.of(Map.entry("bulb.pcap", TinyPcap.dnsThenHttps())),
                Map.of("device", TinyPcap.DEVICE_MAC));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String job = r.headers().firstValue("Location").orElseThrow();
        assertThat(job).startsWith("/mud-manager/profile/jobs/");
        String fragment = ProfileJobTest.awaitFinished(admin, job + "/progress");
        assertThat(fragment).contains("id=\"mud-file\"", TinyPcap.CLOUD_NAME, "download=\"mud-file.json\"",
                "href=\"data:application/mud+json;base64,", "id=\"generalisations\"", "<strong>R2</strong>");
        assertThat(admin.get(job).body()).contains("bulb.pcap", "id=\"job\"");
    }

    @Test
    void a_bad_upload_on_the_page_shows_the_error_and_starts_no_job() {
        HttpResponse<String> r = admin.upload("/mud-manager/profile", List.of(Map.entry("bulb.pcap", TinyPcap.dnsThenHttps())),
                Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"alert\"", "name the device");
    }

    @Test
    void profiles_a_real_corpus_capture() throws Exception {
        Path dir = SharedCorpus.require("corpus/pcap/HueBridge");
        String mac = Files.readString(dir.resolve("_iotdevice-mac.txt")).trim();
        Path capture;
        try (Stream<Path> s = Files.list(dir)) {
            capture = s.filter(p -> p.toString().endsWith(".pcap")).sorted().findFirst().orElseThrow();
        }
        HttpResponse<String> r = admin.upload("/api/mud-manager/profile",
                List.of(Map.entry(capture.getFileName().toString(), Files.readAllBytes(capture))), Map.of("device", mac));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode out = json(r);
        assertThat(out.get("devicePackets").asLong()).isPositive();
        assertThat(out.get("allFlowsAllowed").asBoolean()).isTrue();
        assertThat(out.at("/captures/0/complete").asBoolean()).isTrue();
        assertThat(out.at("/mud/ietf-mud:mud/mud-version").asInt()).isEqualTo(1);
    }
}
