package org.trustbricks.web.st;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.TestServer;

/**
 * The composite builder and {@code POST /api/st/composite} take parts from real registry certificates (the demo
 * registry in PostgreSQL: active, terminated, expired, superseded and under-review certificates), over real HTTP.
 */
class RegistryPartsTest {

    static Database db;
    static TestServer server;
    static String mcu;
    static String rtos;
    static String rtosOld;
    static String oldSe;
    static String sensor;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        server = TestServer.startOn(db);
        DemoData.seedIfFresh(db.jdbi(), CbKeys.using(db.jdbi(), KeyEncryptionKeys.of(db.jdbi())), "demo password for tests");
        mcu = one("select id from certificate where product like 'AS33%'");
        rtos = one("select id from certificate where product like 'NimbusRTOS%' and status = 'ACTIVE'");
        rtosOld = one("select id from certificate where product like 'NimbusRTOS%' and status = 'SUPERSEDED'");
        oldSe = one("select id from certificate where product like 'AS-SE90%'");
        sensor = one("select id from certificate where product like 'Thermata S2%'");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String one(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    static HttpResponse<String> postForm(String path, String form) {
        return TestServer.send(server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static HttpResponse<String> postJson(String json) {
        return TestServer.send(server.request("/api/st/composite").header("Content-Type", "application/json")
                .header("Accept", "application/json").expectContinue(json.length() > 100_000)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A builder form whose parts were picked from the registry (only the registry id and the part id are sent). */
    static String picked(String... idAndCertificate) {
        StringBuilder form = new StringBuilder("name=Lock&version=1&level=SESIP2&sfrs=Verification+of+Platform+Identity");
        for (int i = 0; i + 1 < idAndCertificate.length; i += 2) {
            String p = "&part-" + i / 2 + "-";
            form.append(p).append("id=").append(idAndCertificate[i]).append(p).append("registry=").append(idAndCertificate[i + 1])
                    .append(p).append("certificate=").append(idAndCertificate[i + 1]).append(p).append("status=active")
                    .append(p).append("level=SESIP5");
        }
        return form.toString();
    }

    @Test
    void searching_by_product_lists_its_active_certificate_and_not_the_superseded_one() {
        var r = server.get("/st/compose/registry?q=NimbusRTOS", "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(rtos).contains("Add as part").doesNotContain(rtosOld).doesNotContain("<html");
    }

    @Test
    void searching_by_certificate_id_finds_it_and_terminated_certificates_are_not_offered() {
        assertThat(server.get("/st/compose/registry?q=" + mcu.toLowerCase(java.util.Locale.ROOT)).body()).contains(mcu);
        assertThat(server.get("/st/compose/registry?q=" + oldSe).body()).doesNotContain("Add " + oldSe).contains("No active certificate");
        assertThat(server.get("/st/compose/registry?q=" + "x".repeat(300)).body()).contains("too long");
    }

    @Test
    void adding_a_certificate_fills_the_next_part_with_its_certificate_data() {
        var r = postForm("/st/compose/part", "part-0-id=board&part-0-name=Board&part-2-id=app&certificate=" + mcu);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"part-3-id\"").contains("value=\"as33\"").contains("value=\"SESIP3\"")
                .contains("Northgate Certification").contains("Brightline Security Lab").contains("psa-certified-level-3")
                .contains("Cryptographic KeyStore").contains("value=\"2025-03-14\"").contains("value=\"2028-03-13\"")
                .contains("name=\"part-3-registry\" value=\"" + mcu + "\"").contains("/st/compose/part?index=4")
                .contains("<option value=\"active\" selected");
    }

    @Test
    void adding_an_unknown_certificate_says_so_in_the_search_results() {
        var r = postForm("/st/compose/part", "certificate=SESIP-0000000-00");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("HX-Retarget")).contains("#registry-results");
        assertThat(r.body()).contains("no certificate \"SESIP-0000000-00\"");
    }

    @Test
    void a_part_under_vulnerability_review_gives_a_status_finding_even_when_the_form_says_active() {
        var r = postForm("/st/compose", picked("mcu", mcu, "rtos", rtos) + "&part-1-uses=mcu");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Part 2 (rtos): certificate/status").contains("under vulnerability review")
                .contains("Part 1 (mcu)").doesNotContain("Part 1 (mcu): certificate/status");
    }

    @Test
    void terminated_superseded_and_expired_registry_parts_each_give_their_finding() {
        var r = postForm("/st/compose", picked("se", oldSe, "rtos", rtosOld, "sensor", sensor));
        assertThat(r.body()).contains("Part 1 (se): certificate/status").contains("is terminated")
                .contains("Part 2 (rtos): certificate/status").contains("superseded by a re-issued certificate")
                .contains("Part 3 (sensor): certificate/status").contains("is marked expired");
    }

    @Test
    void the_api_composes_parts_named_by_certificate_id_with_the_registry_data() throws Exception {
        var r = postJson("{\"name\": \"Smart lock\", \"version\": \"2\", \"evaluationDate\": \"2026-06-01\", \"level\": \"SESIP2\","
                + " \"sfrs\": [\"Verification of Platform Identity\", \"Secure Update of Platform\"],"
                + " \"parts\": [{\"id\": \"mcu\", \"certificate\": \"" + mcu + "\"},"
                + " {\"certificate\": \"" + rtos + "\", \"uses\": [\"mcu\"], \"version\": \"4.1.0\"}]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(r.body());
        JsonNode mcuPart = body.at("/securityTarget/parts/0/certificate");
        assertThat(mcuPart.path("level").asText()).isEqualTo("SESIP3");
        assertThat(mcuPart.path("certificationBody").asText()).isEqualTo("Northgate Certification");
        assertThat(mcuPart.path("profile").asText()).isEqualTo("psa-certified-level-3");
        assertThat(mcuPart.path("validUntil").asText()).isEqualTo("2028-03-13");
        assertThat(body.at("/composition/parts/0/status").asText()).isEqualTo("active");
        assertThat(body.at("/composition/parts/1/id").asText()).isEqualTo("nimbusrtos");
        assertThat(body.at("/composition/parts/1/status").asText()).isEqualTo("under-vulnerability-review");
        assertThat(body.at("/composition/findings").findValuesAsText("path"))
                .contains("/parts/1/certificate/status", "/parts/1/version");
    }

    @Test
    void the_api_refuses_unknown_certificates_and_malformed_requests_with_paths() throws Exception {
        var unknown = postJson("{\"name\": \"X\", \"parts\": [{\"certificate\": \"" + mcu + "\"}, {\"certificate\": \"NOPE-1\"}]}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(unknown.body()).at("/errors/0/path").asText()).isEqualTo("/parts/1/certificate");
        var typed = postJson("{\"name\": 3, \"parts\": [{\"certificate\": \"\", \"passOn\": \"yes\"}]}");
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(typed.body()).path("errors").findValuesAsText("path"))
                .contains("/name", "/parts/0/certificate", "/parts/0/passOn");
        assertThat(postJson("{\"parts\": [").statusCode()).isEqualTo(400);
        assertThat(postJson("{\"parts\": []}").statusCode()).isEqualTo(400);
        assertThat(postJson("{\"name\": \"" + "x".repeat(300_000) + "\"}").statusCode()).isEqualTo(413);
    }
}
