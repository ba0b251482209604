package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.manager.ManagerApiTest.assertProblem;
import static org.trustbricks.web.manager.ManagerClient.json;
import static org.trustbricks.web.manager.ManagerClient.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.web.testing.TestServer;

/** The per-site device index over a real server: administrator entries, learned bindings, removal, and compilation. */
class DeviceIndexTest {

    private static final String API = "/api/mud-manager/sites/home-lab/devices";
    private static TestServer server;
    private static ManagerClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = ManagerClient.administrator(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String compile(boolean withIndex) {
        String body = ManagerClient.compileBody("nft").replaceFirst("}$", ", \"deviceIndex\": " + withIndex + "}");
        HttpResponse<String> r = admin.postJson("/api/mud-manager/compile", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("ruleset").asText();
    }

    private static JsonNode learn(String json) {
        HttpResponse<String> r = admin.postJson(API + "/learn", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private static JsonNode add(String json) {
        HttpResponse<String> r = admin.postJson(API, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    @Test
    void an_indexed_device_of_the_same_manufacturer_joins_the_compiled_rules_and_leaves_them_when_removed() {
        assertThat(compile(true)).doesNotContain("192.168.1.77");
        JsonNode camera = add("{\"name\": \"porch-camera\", \"mac\": \"02:00:00:00:30:01\", \"address\": \"192.168.1.77\", "
                + "\"mudUrl\": \"https://things.example.com/mud/camera-9.json\"}");
        assertThat(camera.get("source").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(compile(true)).as("same-manufacturer of the bulbs now includes the camera").contains("192.168.1.77");
        assertThat(compile(false)).doesNotContain("192.168.1.77");
        assertThat(admin.delete(API + "/" + camera.get("id").asLong()).statusCode()).isEqualTo(204);
        assertThat(compile(true)).doesNotContain("192.168.1.77");
        assertProblem(admin.delete(API + "/" + camera.get("id").asLong()), 404, null);
    }

    @Test
    void bindings_are_learned_from_a_dhcp_request_and_from_an_8021ar_certificate() throws Exception {
        JsonNode dhcp = learn("{\"name\": \"dhcp-bulb\", \"channel\": \"dhcpv4\", \"message\": "
                + quote(Base64.getEncoder().encodeToString(dhcpRequest("https://things.example.com/mud/bulb-2000.json"))) + "}");
        assertThat(dhcp.get("source").asText()).isEqualTo("DHCPV4");
        assertThat(dhcp.get("mac").asText()).isEqualTo("02:00:00:00:40:01");
        assertThat(dhcp.get("mudUrl").asText()).isEqualTo("https://things.example.com/mud/bulb-2000.json");

        var creds = Mud.create().newManufacturerCredentials("Example Things", Duration.ofDays(1));
        var cert = SignerCertificates.deviceCertificate(creds, SignerCertificates.newKeyPair().getPublic(), "SN-7",
                "https://things.example.com/mud/hub.json", Instant.now().minusSeconds(60), Duration.ofDays(1));
        HttpResponse<String> r = admin.postJson(API + "/learn", "{\"name\": \"cert-hub\", \"channel\": \"certificate\", \"message\": "
                + quote(Base64.getEncoder().encodeToString(cert.getEncoded())) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("source").asText()).isEqualTo("CERTIFICATE");
        assertThat(json(r).get("signer").asText()).contains("Example Things");
        assertThat(json(admin.getJson(API)).findValuesAsText("name")).contains("dhcp-bulb", "cert-hub");

        HttpResponse<String> page = admin.form("/mud-manager/devices/learn", Map.of("site", "home-lab", "name", "page-hub",
                "certificate", org.trustbricks.mud.sign.Pem.certificates(java.util.List.of(cert))));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("page-hub", "certificate", "https://things.example.com/mud/hub.json");
        HttpResponse<String> junk = admin.form("/mud-manager/devices/learn", Map.of("site", "home-lab", "name", "junk",
                "certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"));
        assertThat(junk.statusCode()).isEqualTo(422);
        assertThat(junk.body()).contains("role=\"alert\"");
    }

    @Test
    void unusable_bindings_are_refused_with_the_findings_and_strangers_are_kept_out() {
        HttpResponse<String> badMac = admin.postJson(API, "{\"name\": \"x\", \"mac\": \"zz\", \"mudUrl\": \"https://a.example/m.json\"}");
        assertThat(badMac.statusCode()).as(badMac.body()).isEqualTo(422);
        assertThat(json(badMac).get("findings").findValuesAsText("path")).contains("/mac");
        HttpResponse<String> plainHttp = admin.postJson(API, "{\"name\": \"x\", \"mac\": \"02:00:00:00:00:09\", \"mudUrl\": \"http://a.example/m.json\"}");
        assertThat(plainHttp.statusCode()).as(plainHttp.body()).isEqualTo(422);
        HttpResponse<String> noOption = admin.postJson(API + "/learn", "{\"name\": \"x\", \"channel\": \"dhcpv4\", \"message\": "
                + quote(Base64.getEncoder().encodeToString(new byte[300])) + "}");
        assertThat(noOption.statusCode()).as(noOption.body()).isEqualTo(422);
        assertProblem(admin.postJson(API + "/learn", "{\"name\": \"x\", \"channel\": \"dhcpv4\", \"message\": \"%%%\"}"), 400, "/message");
        assertProblem(admin.postJson(API + "/learn", "{\"name\": \"x\", \"channel\": \"smoke\", \"message\": \"AAAA\"}"), 400, "/channel");
        assertProblem(admin.postJson(API, "{\"name\": \"../etc\", \"mudUrl\": \"https://a.example/m.json\"}"), 400, "/name");
        assertProblem(admin.getJson("/api/mud-manager/sites/bad%20site/devices"), 400, "/site");
        ManagerClient member = ManagerClient.signedIn(server);
        assertProblem(member.getJson(API), 403, null);
        assertProblem(ManagerClient.anonymous(server).getJson(API), 401, null);
        assertProblem(member.postJson("/api/mud-manager/compile", ManagerClient.compileBody("nft")
                .replaceFirst("}$", ", \"deviceIndex\": true}")), 403, null);
    }

    @Test
    void the_page_lists_adds_and_removes_devices_of_a_site() {
        HttpResponse<String> added = admin.form("/mud-manager/devices", Map.of("site", "page-site", "name", "lamp",
                "mac", "02:00:00:00:50:01", "address", "", "mudUrl", "https://things.example.com/mud/lamp.json"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"devices\"", "lamp", "https://things.example.com/mud/lamp.json", "administrator");
        HttpResponse<String> refused = admin.form("/mud-manager/devices", Map.of("site", "page-site", "name", "bad",
                "mac", "nope", "mudUrl", "https://things.example.com/mud/lamp.json"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"", "Not a MAC address");
        long id = json(admin.getJson("/api/mud-manager/sites/page-site/devices")).get(0).get("id").asLong();
        HttpResponse<String> removed = admin.form("/mud-manager/devices/" + id + "/remove", Map.of("site", "page-site"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(admin.get("/mud-manager/devices?site=page-site").body()).contains("id=\"no-devices\"");
        assertThat(ManagerClient.signedIn(server).get("/mud-manager/devices").statusCode()).isEqualTo(403);
    }

    /** A DHCPREQUEST from 02:00:00:00:40:01 carrying option 161. */
    static byte[] dhcpRequest(String mudUrl) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] head = new byte[240];
        head[0] = 1;
        head[1] = 1;
        head[2] = 6;
        byte[] mac = {2, 0, 0, 0, 0x40, 1};
        System.arraycopy(mac, 0, head, 28, 6);
        head[236] = 0x63;
        head[237] = (byte) 0x82;
        head[238] = 0x53;
        head[239] = 0x63;
        b.writeBytes(head);
        b.writeBytes(new byte[] {53, 1, 3});
        byte[] url = mudUrl.getBytes(StandardCharsets.US_ASCII);
        b.write(161);
        b.write(url.length);
        b.writeBytes(url);
        b.write(255);
        return b.toByteArray();
    }
}
