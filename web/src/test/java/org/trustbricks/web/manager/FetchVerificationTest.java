package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.manager.ManagerApiTest.assertProblem;
import static org.trustbricks.web.manager.ManagerClient.json;
import static org.trustbricks.web.manager.ManagerClient.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.web.testing.TestServer;

/**
 * The fetch API and page over a real server, against a manufacturer's real HTTPS MUD server: signatures verified
 * against the trust anchors administrators configure, the device certificate's MUD signer, strict and lenient
 * validation, unsupported devices and extensions.
 */
class FetchVerificationTest {

    private static final Mud MUD = Mud.create();
    private static MudFileServer vendor;
    private static TestServer server;
    private static ManagerClient admin;
    private static ManagerClient member;
    private static ManufacturerCredentials acme;
    private static ManufacturerCredentials other;

    @BeforeAll
    static void start() throws Exception {
        vendor = new MudFileServer();
        server = TestServer.start(s -> s.withMudFetch(vendor.fetchOptions()));
        admin = ManagerClient.administrator(server);
        member = ManagerClient.signedIn(server);
        acme = MUD.newManufacturerCredentials("Acme Bulbs", Duration.ofDays(30));
        other = MUD.newManufacturerCredentials("Other Things", Duration.ofDays(30));
    }

    @AfterAll
    static void stop() {
        server.close();
        vendor.close();
    }

    @BeforeEach
    void noAnchors() {
        for (JsonNode a : json(admin.getJson("/api/mud-manager/trust-anchors"))) {
            admin.delete("/api/mud-manager/trust-anchors/" + a.get("id").asLong());
        }
    }

    /** Publishes the example bulb file at {@code path} (its mud-url that URL, with {@code edit} applied), signed by acme. */
    private static byte[] publish(String path, String edit) throws Exception {
        String text = ManagerClient.BULB.replace("https://things.example.com/mud/bulb-2000.json", vendor.url(path));
        if (edit != null) {
            text = text.replace("\"is-supported\": true,", edit);
        }
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        vendor.mud(path, json);
        vendor.signature(path.replace(".json", ".p7s"), MUD.sign(json, acme.signingKey()));
        return json;
    }

    private static JsonNode fetch(ManagerClient who, String body) {
        HttpResponse<String> r = who.postJson("/api/mud-manager/fetch", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static void trust(ManufacturerCredentials creds) {
        HttpResponse<String> r = admin.postJson("/api/mud-manager/trust-anchors", "{\"pem\": " + quote(creds.caCertificatePem()) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @Test
    void a_signature_is_accepted_only_once_an_administrator_trusts_the_manufacturer_and_not_after_removal() throws Exception {
        publish("/bulb.json", null);
        String body = "{\"url\": " + quote(vendor.url("/bulb.json")) + "}";
        JsonNode before = fetch(member, body);
        assertThat(before.get("verdict").asText()).isEqualTo("unverified");
        assertThat(before.get("signature").asText()).isEqualTo("untrusted-signer");
        assertThat(before.get("signer").asText()).contains("Acme Bulbs");

        trust(acme);
        JsonNode anchors = json(admin.getJson("/api/mud-manager/trust-anchors"));
        assertThat(anchors).hasSize(1);
        assertThat(anchors.get(0).get("subject").asText()).contains("Acme Bulbs");
        JsonNode after = fetch(member, body);
        assertThat(after.get("verdict").asText()).as(after.toString()).isEqualTo("accepted");
        assertThat(after.get("signature").asText()).isEqualTo("valid");
        assertThat(after.get("valid").asBoolean()).isTrue();
        assertThat(after.get("mudFile").asText()).contains("bulb");

        assertThat(admin.delete("/api/mud-manager/trust-anchors/" + anchors.get(0).get("id").asLong()).statusCode()).isEqualTo(204);
        assertThat(fetch(member, body).get("verdict").asText()).isEqualTo("unverified");
    }

    @Test
    void a_file_changed_after_signing_is_rejected() throws Exception {
        trust(acme);
        byte[] json = publish("/tampered.json", null);
        vendor.mud("/tampered.json", new String(json, StandardCharsets.UTF_8).replace("\"cache-validity\": 48", "\"cache-validity\": 47")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode out = fetch(member, "{\"url\": " + quote(vendor.url("/tampered.json")) + "}");
        assertThat(out.get("verdict").asText()).isEqualTo("rejected");
        assertThat(out.get("signature").asText()).isEqualTo("invalid");
        assertThat(out.get("reasons").toString()).contains("does not match the content");
    }

    @Test
    void without_a_signature_the_file_is_unverified_and_the_reason_says_where_it_was_looked_for() throws Exception {
        trust(acme);
        publish("/unsigned.json", null);
        vendor.remove("/unsigned.p7s");
        JsonNode out = fetch(member, "{\"url\": " + quote(vendor.url("/unsigned.json")) + "}");
        assertThat(out.get("verdict").asText()).isEqualTo("unverified");
        assertThat(out.get("signature").asText()).isEqualTo("absent");
        assertThat(out.get("reasons").toString()).contains(".p7s");
    }

    @Test
    void the_mud_signature_uri_is_followed_instead_of_the_p7s_convention() throws Exception {
        trust(acme);
        String edit = "\"is-supported\": true, \"mud-signature\": " + quote(vendor.url("/signatures/moved.p7s")) + ",";
        byte[] json = publish("/moved.json", edit);
        vendor.remove("/moved.p7s");
        vendor.signature("/signatures/moved.p7s", MUD.sign(json, acme.signingKey()));
        JsonNode out = fetch(member, "{\"url\": " + quote(vendor.url("/moved.json")) + "}");
        assertThat(out.get("signature").asText()).as(out.toString()).isEqualTo("valid");
        assertThat(out.get("verdict").asText()).isEqualTo("accepted");
    }

    @Test
    void a_device_certificate_naming_another_signer_rejects_the_file_and_its_mud_url_is_the_one_checked() throws Exception {
        trust(acme);
        trust(other);
        publish("/device.json", null);
        X509Certificate device = SignerCertificates.deviceCertificate(other, SignerCertificates.newKeyPair().getPublic(),
                "SN-1", vendor.url("/device.json"), Instant.now().minusSeconds(60), Duration.ofDays(1));
        String pem = Pem.certificates(java.util.List.of(device));
        JsonNode out = fetch(member, "{\"url\": \"https://ignored.example/x.json\", \"deviceCertificate\": " + quote(pem) + "}");
        assertThat(out.get("url").asText()).isEqualTo(vendor.url("/device.json"));
        assertThat(out.get("signature").asText()).isEqualTo("wrong-signer");
        assertThat(out.get("verdict").asText()).isEqualTo("rejected");
        assertThat(out.get("expectedSigner").asText()).contains("Other Things");

        X509Certificate own = SignerCertificates.deviceCertificate(acme, SignerCertificates.newKeyPair().getPublic(),
                "SN-2", vendor.url("/device.json"), Instant.now().minusSeconds(60), Duration.ofDays(1));
        String der = Base64.getEncoder().encodeToString(own.getEncoded());
        JsonNode ok = fetch(member, "{\"deviceCertificate\": " + quote(der) + "}");
        assertThat(ok.get("verdict").asText()).as(ok.toString()).isEqualTo("accepted");
    }

    @Test
    void strict_mode_rejects_a_file_served_under_another_url_which_lenient_mode_only_warns_about() throws Exception {
        trust(acme);
        byte[] json = publish("/original.json", null);
        vendor.mud("/copy.json", json);
        vendor.signature("/copy.p7s", MUD.sign(json, acme.signingKey()));
        JsonNode strict = fetch(member, "{\"url\": " + quote(vendor.url("/copy.json")) + ", \"mode\": \"strict\"}");
        assertThat(strict.get("valid").asBoolean()).isFalse();
        assertThat(strict.get("verdict").asText()).isEqualTo("rejected");
        JsonNode lenient = fetch(member, "{\"url\": " + quote(vendor.url("/copy.json")) + ", \"mode\": \"lenient\"}");
        assertThat(lenient.get("valid").asBoolean()).isTrue();
        assertThat(lenient.get("mode").asText()).isEqualTo("lenient");
        assertThat(lenient.get("verdict").asText()).isEqualTo("accepted");
        assertThat(lenient.get("findings").findValuesAsText("severity")).contains("WARNING");
    }

    @Test
    void an_unsupported_device_and_an_unknown_extension_are_surfaced_not_silently_allowed() throws Exception {
        trust(acme);
        publish("/old.json", "\"is-supported\": false, \"extensions\": [\"vendor-magic\"],");
        JsonNode out = fetch(member, "{\"url\": " + quote(vendor.url("/old.json")) + ", \"mode\": \"lenient\"}");
        assertThat(out.get("supported").asBoolean()).isFalse();
        assertThat(out.get("extensions").toString()).contains("vendor-magic");
        assertThat(out.get("reasons").toString()).contains("is-supported is false", "vendor-magic", "nothing extra is allowed");
        assertThat(out.get("findings").findValuesAsText("code")).contains("MUD-NOT-SUPPORTED", "MUD-EXTENSION-UNKNOWN");
    }

    @Test
    void bad_fetch_questions_get_400_and_strangers_401() {
        assertProblem(member.postJson("/api/mud-manager/fetch", "{\"url\": \"https://x.example/a.json\", \"mode\": \"sloppy\"}"), 400, "/mode");
        assertProblem(member.postJson("/api/mud-manager/fetch", "{\"deviceCertificate\": \"%%%\"}"), 400, "/deviceCertificate");
        assertProblem(member.postJson("/api/mud-manager/fetch", "{\"url\": \"https://x.example/a b.json\"}"), 400, "/url");
        assertProblem(ManagerClient.anonymous(server).postJson("/api/mud-manager/fetch", "{\"url\": \"https://x.example/a.json\"}"), 401, null);
        JsonNode unreadable = fetch(member, "{\"deviceCertificate\": " + quote(Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})) + "}");
        assertThat(unreadable.get("verdict").asText()).isEqualTo("not-fetched");
        assertThat(unreadable.get("reasons").toString()).contains("not a readable X.509 certificate");
    }

    @Test
    void trust_anchors_are_managed_by_administrators_only_and_bad_pem_is_a_400() {
        assertProblem(member.getJson("/api/mud-manager/trust-anchors"), 403, null);
        assertProblem(member.postJson("/api/mud-manager/trust-anchors", "{\"pem\": " + quote(acme.caCertificatePem()) + "}"), 403, null);
        assertProblem(admin.postJson("/api/mud-manager/trust-anchors", "{\"pem\": \"hello\"}"), 400, "/pem");
        assertProblem(admin.postJson("/api/mud-manager/trust-anchors", "{}"), 400, "/pem");
        assertProblem(admin.delete("/api/mud-manager/trust-anchors/999999"), 404, null);
        trust(acme);
        trust(acme);
        assertThat(json(admin.getJson("/api/mud-manager/trust-anchors"))).as("the same certificate is kept once").hasSize(1);
    }

    @Test
    void the_pages_show_the_verdict_with_reasons_and_let_administrators_add_and_remove_anchors() throws Exception {
        publish("/page.json", null);
        HttpResponse<String> added = admin.form("/mud-manager/trust-anchors", Map.of("pem", acme.caCertificatePem()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"anchors\"", "Acme Bulbs");
        HttpResponse<String> page = member.form("/mud-manager/fetch", Map.of("url", vendor.url("/page.json"), "mode", "strict"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verdict\"", ">accepted<", "id=\"reasons\"", "chains to a configured trust anchor");
        long id = json(admin.getJson("/api/mud-manager/trust-anchors")).get(0).get("id").asLong();
        HttpResponse<String> removed = admin.form("/mud-manager/trust-anchors/" + id + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(admin.get("/mud-manager/trust-anchors").body()).contains("id=\"no-anchors\"");
        assertThat(member.get("/mud-manager/trust-anchors").statusCode()).isEqualTo(403);
        HttpResponse<String> unverified = member.form("/mud-manager/fetch", Map.of("url", vendor.url("/page.json")));
        assertThat(unverified.body()).contains(">unverified<", "untrusted-signer");
    }
}
