package org.trustbricks.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.registry.DemoServer.Role.ANONYMOUS;
import static org.trustbricks.web.registry.DemoServer.Role.CB;
import static org.trustbricks.web.registry.DemoServer.Role.LAB;
import static org.trustbricks.web.registry.DemoServer.Role.SCHEME_OWNER;
import static org.trustbricks.web.registry.DemoServer.Role.VENDOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.testing.Scenario;
import org.trustbricks.web.testing.TestServer;

/** The registry over real HTTP: the workflow through the JSON API, search, export, verification, bad input. */
class RegistryApiTest {

    static DemoServer demo;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        demo = new DemoServer();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void the_workflow_runs_through_the_api_and_ends_in_a_verifiable_certificate() throws Exception {
        String scheme = demo.one("select id::text from scheme");
        String cb = demo.one("select id::text from organisation where name = 'Northgate Certification'");
        String lab = demo.one("select id::text from organisation where name = 'Brightline Security Lab'");
        String body = JSON.writeValueAsString(java.util.Map.of("schemeId", Long.parseLong(scheme), "cbId", Long.parseLong(cb),
                "labId", Long.parseLong(lab), "product", "Thermata Valve V1", "productVersion", "1.0", "stFileName", "st.yaml",
                "st", Scenario.VALID_ST, "certifiedConfiguration", "default", "assumptions", "keep patched"));
        HttpResponse<String> submitted = demo.api(VENDOR, "POST", "/api/registry/evaluations", body);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        long id = json(submitted).get("id").asLong();
        String e = "/api/registry/evaluations/" + id;
        HttpResponse<String> early = demo.api(CB, "POST", e + "/transitions", "{\"action\":\"approve\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).get("detail").asText()).contains("submitted");
        assertThat(demo.api(LAB, "POST", e + "/transitions", "{\"action\":\"accept\"}").statusCode()).isEqualTo(200);
        for (JsonNode c : json(demo.api(LAB, "GET", e, null)).get("components")) {
            var v = demo.api(LAB, "POST", e + "/verdicts", "{\"component\":\"" + c.asText() + "\",\"workUnit\":\"" + c.asText()
                    + "-1\",\"verdict\":\"PASS\",\"evidence\":\"reviewed\"}");
            assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
        }
        assertThat(demo.api(LAB, "POST", e + "/transitions", "{\"action\":\"submit_report\",\"text\":\"all pass\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = demo.api(CB, "POST", e + "/transitions", "{\"action\":\"approve\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String certId = json(approved).get("certificateId").asText();
        assertThat(certId).matches("SESIP-26\\d{5}-01");

        HttpResponse<String> signed = demo.api(ANONYMOUS, "GET", "/api/registry/certificates/" + certId + "/signed", null);
        HttpResponse<String> verified = TestServer.send(demo.server.request("/api/registry/verify")
                .header("Content-Type", "application/jose").POST(HttpRequest.BodyPublishers.ofString(signed.body())).build());
        assertThat(json(verified).get("valid").asBoolean()).as(verified.body()).isTrue();
        assertThat(json(verified).get("pinned").asBoolean()).isTrue();
        String tampered = signed.body().substring(0, signed.body().length() - 4) + "AAAA";
        assertThat(json(demo.api(ANONYMOUS, "POST", "/api/registry/verify", tampered)).get("valid").asBoolean()).isFalse();

        HttpResponse<String> page = demo.page(ANONYMOUS, "GET", "/registry/certificates/" + certId, null);
        assertThat(page.body()).contains("Thermata Valve V1").contains("<svg").contains("What you must keep true")
                .contains("recognised by Alpenwacht Zertifizierung");
        var audit = json(demo.api(SCHEME_OWNER, "GET", "/api/audit/verification", null));
        assertThat(audit.get("intact").asBoolean()).isTrue();
    }

    @Test
    void a_recognised_certificate_and_a_composite_under_review_say_so_in_the_api() throws Exception {
        String lock = demo.one("select id from certificate where product like 'Lockwise L2%'");
        JsonNode c = json(demo.api(ANONYMOUS, "GET", "/api/registry/certificates/" + lock, null));
        assertThat(c.get("recognisedBy").get(0).asText()).isEqualTo("Northgate Certification");
        assertThat(c.get("underReview").asBoolean()).isTrue();
        assertThat(c.get("affectedThrough").get(0).get("path").size()).isEqualTo(2);
    }

    @Test
    void a_cb_ends_its_own_recognition_agreement_through_the_api_and_a_duplicate_authorisation_is_refused() throws Exception {
        String scheme = demo.one("select id::text from scheme");
        String northgate = demo.one("select id::text from organisation where name = 'Northgate Certification'");
        String brightline = demo.one("select id::text from organisation where name = 'Brightline Security Lab'");
        HttpResponse<String> made = demo.api(DemoServer.Role.OTHER_CB, "POST", "/api/registry/recognitions", "{\"recognisedCbId\": "
                + northgate + ", \"schemeId\": " + scheme + ", \"from\": \"2010-01-01\", \"until\": \"2012-12-31\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = json(made).get("id").asLong();
        String end = "/api/registry/recognitions/" + id + "/end";
        assertThat(demo.api(CB, "POST", end, "{\"until\": \"2011-06-30\"}").statusCode()).isEqualTo(403);
        assertThat(demo.api(DemoServer.Role.OTHER_CB, "POST", end, "{\"until\": 5}").statusCode()).isEqualTo(400);
        HttpResponse<String> ended = demo.api(DemoServer.Role.OTHER_CB, "POST", end, "{\"until\": \"2011-06-30\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(json(ended).get("until").asText()).isEqualTo("2011-06-30");
        HttpResponse<String> later = demo.api(DemoServer.Role.OTHER_CB, "POST", end, "{\"until\": \"2012-01-01\"}");
        assertThat(later.statusCode()).isEqualTo(422);
        assertThat(json(later).get("errors").findValuesAsText("path")).containsExactly("until");
        HttpResponse<String> again = demo.api(CB, "POST", "/api/registry/authorisations", "{\"labId\": " + brightline + ", \"schemeId\": " + scheme + "}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("errors").findValuesAsText("path")).containsExactly("labId");
    }

    @Test
    void search_filters_pages_and_exports_csv() throws Exception {
        JsonNode r = json(demo.api(ANONYMOUS, "GET", "/api/registry/certificates?q=thermata&status=ACTIVE&sort=product&pageSize=2", null));
        assertThat(r.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(r.get("items").size()).isEqualTo(2);
        HttpResponse<String> csv = demo.api(ANONYMOUS, "GET", "/api/registry/certificates.csv?level=SESIP3", null);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("Cert. ID,Issue Date,Product");
        assertThat(csv.body().lines().skip(1).toList()).allSatisfy(l -> assertThat(l).contains("SESIP3"));
        HttpResponse<String> htmx = demo.page(ANONYMOUS, "GET", "/registry?q=lock", null);
        assertThat(htmx.body()).contains("Lockwise L2 Smart Door Lock");
    }

    @Test
    void malformed_json_and_fields_get_4xx_with_field_messages() throws Exception {
        HttpResponse<String> notJson = demo.api(VENDOR, "POST", "/api/registry/evaluations", "{\"schemeId\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> dup = demo.api(VENDOR, "POST", "/api/registry/evaluations", "{\"product\": \"a\", \"product\": \"b\"}");
        assertThat(dup.statusCode()).isEqualTo(400);
        HttpResponse<String> types = demo.api(VENDOR, "POST", "/api/registry/evaluations", "{\"schemeId\": \"one\", \"parts\": [1]}");
        assertThat(types.statusCode()).isEqualTo(400);
        assertThat(json(types).get("errors").findValuesAsText("path")).contains("/schemeId", "/parts/0", "/cbId");
        HttpResponse<String> array = demo.api(SCHEME_OWNER, "POST", "/api/registry/schemes", "[]");
        assertThat(array.statusCode()).isEqualTo(400);
        HttpResponse<String> fields = demo.api(SCHEME_OWNER, "POST", "/api/registry/schemes", "{\"code\": \"bad code!\", \"name\": \"\"}");
        assertThat(fields.statusCode()).isEqualTo(422);
        assertThat(json(fields).get("errors").findValuesAsText("path")).contains("code", "name");
        HttpResponse<String> wrongType = TestServer.send(demo.server.request("/api/registry/schemes").header("Authorization", "Bearer " + demo.tokens.get(SCHEME_OWNER))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/certificates?page=x&issuedFrom=yesterday", null).statusCode()).isEqualTo(400);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/certificates?status=alive", null).statusCode()).isEqualTo(422);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/certificates/%3Cscript%3E", null).statusCode()).isEqualTo(404);
        assertThat(demo.api(ANONYMOUS, "GET", "/api/registry/vulnerabilities/abc", null).statusCode()).isEqualTo(404);
    }

    @Test
    void uploads_larger_than_the_limit_are_refused_with_413() {
        byte[] big = new byte[600 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> verify = TestServer.send(demo.server.request("/api/registry/verify").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertThat(verify.statusCode()).isEqualTo(413);
        String[] session = demo.session(VENDOR);
        String boundary = "----tb" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"schemeId\"\r\n\r\n1\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"cbId\"\r\n\r\n1\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"labId\"\r\n\r\n1\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"st\"; filename=\"st.yaml\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = TestServer.send(demo.server.request("/registry/evaluations").header("Cookie", session[0])
                .header("X-CSRF-Token", session[1]).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(upload.statusCode()).isEqualTo(413);
    }

    @Test
    void a_revoked_token_no_longer_works_and_tokens_are_shown_once() throws Exception {
        HttpResponse<String> created = demo.api(LAB, "POST", "/api/tokens", "{\"name\": \"ci\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json(created).get("token").asText();
        long id = json(created).get("id").asLong();
        assertThat(demo.api(LAB, "GET", "/api/tokens", null).body()).doesNotContain(token);
        HttpResponse<String> asToken = TestServer.send(demo.server.request("/api/registry/evaluations").header("Authorization", "Bearer " + token).GET().build());
        assertThat(asToken.statusCode()).isEqualTo(200);
        assertThat(demo.api(LAB, "DELETE", "/api/tokens/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> after = TestServer.send(demo.server.request("/api/registry/evaluations").header("Authorization", "Bearer " + token).GET().build());
        assertThat(after.statusCode()).isEqualTo(401);
        String stored = demo.one("select encode(token_hash, 'hex') from api_token where id = " + id);
        assertThat(stored).doesNotContain(token);
    }

    @Test
    void no_password_token_or_key_reaches_the_logs() throws Exception {
        Path log = Path.of("target", "registry-secrets.log");
        var appender = LogCapture.start(log);
        try {
            demo.api(LAB, "POST", "/api/tokens", "{\"name\": \"secret-check\"}");
            demo.session(DemoServer.Role.OTHER_CB);
            demo.api(VENDOR, "POST", "/api/registry/evaluations", "{\"schemeId\": ");
            TestServer.send(demo.server.request("/api/registry/evaluations").header("Authorization", "Bearer tbk_not_a_real_token_value").GET().build());
        } finally {
            LogCapture.stop(appender);
        }
        String text = Files.readString(log);
        assertThat(text).doesNotContain(DemoServer.PASSWORD).doesNotContain("tbk_").doesNotContain("PRIVATE KEY");
        for (String t : demo.tokens.values()) {
            assertThat(text).doesNotContain(t);
        }
    }
}
