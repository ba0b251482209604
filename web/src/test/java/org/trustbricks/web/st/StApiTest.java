package org.trustbricks.web.st;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.TestServer;

/** The Security Target API over real HTTP: every route, good documents and bad ones. */
class StApiTest {

    static TestServer server;
    static String mcu;
    static String lock;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        mcu = Files.readString(Path.of("../examples/sesip/psa-l3-mcu.yaml"));
        lock = Files.readString(Path.of("../examples/sesip/smart-lock.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body, String contentType) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    static HttpResponse<String> post(String path, byte[] body, String contentType) {
        // Large bodies ask first (Expect: 100-continue), as careful clients do, so that a refusal sent before the body
        // is read reaches the client instead of a connection closed under it.
        return TestServer.send(server.request(path).header("Content-Type", contentType)
                .expectContinue(body.length > 1_000_000)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void a_valid_yaml_security_target_validates_without_errors() throws Exception {
        var r = post("/api/st/validate", mcu, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("level").asText()).isEqualTo("SESIP3");
        assertThat(report.get("edition").asText()).isEqualTo("GP-1.2");
    }

    @Test
    void the_same_target_sent_as_json_gives_the_same_verdict() throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(mcu);
        var r = post("/api/st/validate", Json.mapper().writeValueAsString(tree), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("valid").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_sfr_is_a_finding_with_a_pointer_to_the_claim() throws Exception {
        String st = mcu.replace("  - sfr: Attestation of Platform State\n", "  - sfr: Teleportation of Platform\n");
        var r = post("/api/st/validate", st, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode finding = findingAt(report.get("findings"), "/sfrs/5");
        assertThat(finding).as("finding at /sfrs/5 in %s", report).isNotNull();
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("code").asText()).startsWith("ST-");
        assertThat(finding.get("message").asText()).isNotBlank();
        assertThat(finding.get("hint").asText()).isNotBlank();
    }

    static JsonNode findingAt(JsonNode findings, String pointerPrefix) {
        for (JsonNode f : findings) {
            if (f.get("path").asText().startsWith(pointerPrefix)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void malformed_yaml_is_a_422_problem_with_the_finding_and_no_report() throws Exception {
        var r = post("/api/st/validate", "reference:\n  title: [unclosed\nplatform: {", "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("findings").get(0).get("code").asText()).isEqualTo("ST-READ-MALFORMED");
        assertThat(problem.get("errors").get(0).has("path")).isTrue();
        assertThat(problem.has("valid")).isFalse();
    }

    @Test
    void malformed_json_is_a_422_problem() throws Exception {
        var r = post("/api/st/validate", "{\"reference\": {\"title\": \"x\",}", "application/json");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("findings").get(0).get("code").asText()).isEqualTo("ST-READ-MALFORMED");
    }

    @Test
    void a_wrongly_typed_member_is_reported_at_its_pointer() throws Exception {
        String st = mcu.replace("  version: rev B\n", "  version: [rev, B]\n");
        var r = post("/api/st/validate", st, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("errors").toString()).contains("/platform/version");
    }

    @Test
    void duplicate_keys_are_refused() throws Exception {
        var r = post("/api/st/validate", mcu + "\nplatform: {name: again}\n", "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("findings").toString()).contains("twice");
    }

    @Test
    void deeply_nested_documents_are_refused_without_a_server_error() throws Exception {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        var json = post("/api/st/validate", deep, "application/json");
        assertThat(json.statusCode()).isEqualTo(422);
        String yaml = "a: ".repeat(1) + "[".repeat(5000) + "]".repeat(5000);
        var y = post("/api/st/validate", yaml, "application/yaml");
        assertThat(y.statusCode()).isEqualTo(422);
        assertThat(y.body()).doesNotContain("Exception");
    }

    @Test
    void yaml_alias_bombs_are_refused() throws Exception {
        String bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n";
        var r = post("/api/st/validate", bomb, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("findings").toString()).contains("anchor");
    }

    @Test
    void a_body_over_five_megabytes_is_refused_with_413() throws Exception {
        byte[] big = new byte[StDocuments.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        var r = post("/api/st/validate", big, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void an_empty_body_is_a_422_problem() throws Exception {
        var r = post("/api/st/validate", "", "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
    }

    @Test
    void a_form_body_is_refused_as_the_wrong_media_type() {
        var r = post("/api/st/validate", "a=b", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(415);
    }

    @Test
    void composing_the_smart_lock_attributes_sfrs_to_parts_and_states_the_mixed_level() throws Exception {
        var r = post("/api/st/compose", lock, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("acceptable").asBoolean()).isTrue();
        assertThat(report.get("claimedLevel").asText()).startsWith("SESIP2 with");
        assertThat(report.get("attributions").toString()).contains("\"providedBy\":\"rtos\"").contains("\"providedBy\":\"se\"");
        assertThat(report.get("links").toString()).contains("\"from\":\"rtos\",\"to\":\"nw33\"");
    }

    @Test
    void composing_parts_that_use_each_other_is_rejected_as_a_cycle() throws Exception {
        String cyclic = lock.replace("    configuration: {readout-protection: level 2, trustzone: enabled}\n",
                "    configuration: {readout-protection: level 2, trustzone: enabled}\n    uses: [rtos]\n");
        assertThat(cyclic).isNotEqualTo(lock);
        var r = post("/api/st/compose", cyclic, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("findings").toString()).containsIgnoringCase("cycle");
    }

    @Test
    void an_expired_part_certificate_is_a_composition_finding() throws Exception {
        String expired = lock.replace("      validUntil: 2028-07-09\n", "      validUntil: 2026-08-01\n");
        var r = post("/api/st/compose", expired, "application/yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("acceptable").asBoolean()).isFalse();
        assertThat(findingAt(report.get("findings"), "/parts/0")).isNotNull();
    }

    @Test
    void coverage_against_each_regulation_lists_requirements_with_their_status_and_inference() throws Exception {
        for (String against : new String[] {"en303645", "nistir8259a", "iec62443-4-2", "cra"}) {
            var r = post("/api/st/coverage?against=" + against, lock, "application/yaml");
            assertThat(r.statusCode()).as(against).isEqualTo(200);
            JsonNode report = json(r);
            assertThat(report.get("regulation").get("id").asText()).isEqualTo(against);
            assertThat(report.get("requirements").size()).isPositive();
            JsonNode row = report.get("requirements").get(0);
            assertThat(row.get("status").asText()).isIn("covered", "partial", "not-covered");
            assertThat(row.has("inferred")).isTrue();
            assertThat(report.get("covered").asInt() + report.get("partial").asInt() + report.get("notCovered").asInt())
                    .isEqualTo(report.get("requirements").size());
        }
    }

    @Test
    void coverage_names_the_part_that_delivers_a_matching_sfr() throws Exception {
        JsonNode report = json(post("/api/st/coverage?against=en303645", lock, "application/yaml"));
        assertThat(report.get("requirements").toString()).contains("\"providedBy\":\"rtos\"");
    }

    @Test
    void coverage_without_or_with_an_unknown_regulation_is_a_400_naming_the_parameter() throws Exception {
        var missing = post("/api/st/coverage", lock, "application/yaml");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).get("path").asText()).isEqualTo("against");
        var unknown = post("/api/st/coverage?against=hipaa", lock, "application/yaml");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("message").asText()).contains("hipaa");
    }

    @Test
    void render_gives_an_html_page_or_markdown() {
        var html = post("/api/st/render?format=html", mcu, "application/yaml");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).contains("<h1>Security Target for the Northwind NW33 Secure Microcontroller</h1>");
        var md = post("/api/st/render?format=md", mcu, "application/yaml");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Security Target for the Northwind NW33");
    }

    @Test
    void render_with_an_unknown_format_is_a_400_and_an_unreadable_document_a_422() {
        assertThat(post("/api/st/render?format=pdf", mcu, "application/yaml").statusCode()).isEqualTo(400);
        assertThat(post("/api/st/render?format=md", "sfrs: [", "application/yaml").statusCode()).isEqualTo(422);
    }

    @Test
    void conformance_to_psa_level_3_lists_what_is_missing() throws Exception {
        String fewer = mcu.replace("  - sfr: Attestation of Platform State\n", "  - sfr: Attestation of Platform Statex\n");
        var ok = json(post("/api/st/conformance?profile=psa-certified-level-3", mcu, "application/yaml"));
        assertThat(ok.get("conformant").asBoolean()).isTrue();
        var missing = json(post("/api/st/conformance?profile=psa-certified-level-3", fewer, "application/yaml"));
        assertThat(missing.get("conformant").asBoolean()).isFalse();
        assertThat(missing.get("missingSfrs").toString()).contains("attestation-of-platform-state");
        assertThat(post("/api/st/conformance?profile=nope", mcu, "application/yaml").statusCode()).isEqualTo(404);
        assertThat(post("/api/st/conformance", mcu, "application/yaml").statusCode()).isEqualTo(400);
    }

    @Test
    void the_published_schema_is_served() throws Exception {
        var r = server.get("/api/st/schema");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("$schema").asText()).contains("2020-12");
    }

    static final String[] DOCUMENT_ROUTES = {"/api/st/validate", "/api/st/compose", "/api/st/coverage?against=cra",
            "/api/st/render?format=md", "/api/st/conformance?profile=psa-certified-level-3"};

    @Test
    void every_document_route_answers_malformed_input_with_a_422_problem_carrying_findings() throws Exception {
        for (String route : DOCUMENT_ROUTES) {
            var yaml = post(route, "platform: {name: [", "application/yaml");
            assertThat(yaml.statusCode()).as(route).isEqualTo(422);
            assertThat(json(yaml).get("findings").get(0).get("code").asText()).as(route).isEqualTo("ST-READ-MALFORMED");
            var js = post(route, "{\"platform\": ", "application/json");
            assertThat(js.statusCode()).as(route).isEqualTo(422);
            var typed = post(route, "sfrs: 42\n", "application/yaml");
            assertThat(typed.statusCode()).as(route).isEqualTo(422);
            assertThat(json(typed).get("errors").toString()).as(route).contains("/sfrs");
        }
    }

    @Test
    void every_document_route_refuses_bodies_over_five_megabytes_and_form_bodies() {
        byte[] big = new byte[StDocuments.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        for (String route : DOCUMENT_ROUTES) {
            assertThat(post(route, big, "application/yaml").statusCode()).as(route).isEqualTo(413);
            assertThat(post(route, "a=b", "application/x-www-form-urlencoded").statusCode()).as(route).isEqualTo(415);
        }
    }

    @Test
    void a_body_larger_than_the_server_accepts_at_all_is_refused_with_413_not_500() {
        byte[] huge = new byte[7 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');
        try {
            var r = post("/api/st/validate", huge, "application/yaml");
            assertThat(r.statusCode()).isEqualTo(413);
        } catch (java.io.UncheckedIOException refusedWhileSending) {
            // The server may answer 413 and close the connection before the client has finished sending the body;
            // the client then sees the closed connection instead of the answer. The refusal stands, and the server
            // must be unharmed.
            assertThat(refusedWhileSending).hasRootCauseInstanceOf(java.io.IOException.class);
        }
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }
}
