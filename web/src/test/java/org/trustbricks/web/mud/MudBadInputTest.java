package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.mud.MudClient.api;
import static org.trustbricks.web.mud.MudClient.expect;
import static org.trustbricks.web.mud.MudClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** Bad uploads get one clear error, and nothing is stored or published. */
class MudBadInputTest {

    private static TestServer server;
    private static MudClient vendor;

    @BeforeAll
    static void start() {
        server = MudServers.start();
        vendor = MudClient.member(server, "Umbrella", OrganisationKind.VENDOR);
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Umbrella\"}"), 201);
        expect(vendor.postJson(api("umbrella") + "/signer", "{\"mode\": \"generate\"}"), 201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Object[][] malformed() {
        return new Object[][] {
            {"not JSON", "this is not json".getBytes(StandardCharsets.UTF_8)},
            {"deep nesting", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)},
            {"duplicate keys", "{\"ietf-mud:mud\": {\"mud-version\": 1, \"mud-version\": 1}}".getBytes(StandardCharsets.UTF_8)},
            {"wrong encoding", new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'}},
            {"empty", new byte[0]},
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformed_uploads_get_one_malformed_finding_and_nothing_is_stored(String name, byte[] body) {
        HttpResponse<String> r = expect(vendor.post(api("umbrella") + "/models/bad/upload?adoptUrl=true&repair=true",
                "application/mud+json", body), 422);
        JsonNode findings = json(r).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("code").asText()).isEqualTo("MUD-MALFORMED");
        assertThat(findings.get(0).get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertNothingStored();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformed_files_are_reported_by_the_validator_as_one_error(String name, byte[] body) {
        JsonNode report = json(expect(vendor.post("/api/mud/validate", "application/mud+json", body), 200));
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("findings")).hasSize(1);
    }

    @Test
    void a_file_over_one_mebibyte_is_refused_with_413_and_nothing_is_stored() {
        byte[] big = new byte[(1 << 20) + 10];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        HttpResponse<String> r = expect(vendor.post(api("umbrella") + "/models/bad/upload", "application/mud+json", big), 413);
        assertThat(json(r).get("detail").asText()).contains("larger than");
        assertThat(vendor.post("/api/mud/validate", "application/json", big).statusCode()).isEqualTo(413);
        assertNothingStored();
    }

    @Test
    void a_huge_array_is_refused_without_storing_anything() {
        StringBuilder sb = new StringBuilder("{\"ietf-mud:mud\": {\"extensions\": [");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"x\"");
        }
        sb.append("]}}");
        HttpResponse<String> r = vendor.post(api("umbrella") + "/models/bad/upload", "application/mud+json",
                sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertNothingStored();
    }

    @Test
    void a_builder_body_that_is_not_json_is_a_400() {
        HttpResponse<String> r = expect(vendor.postJson(api("umbrella") + "/models/bad/build", "{\"model\": \"a\", \"model\": \"b\"}"), 400);
        assertThat(json(r).get("detail").asText()).containsIgnoringCase("duplicate");
        assertNothingStored();
    }

    private static void assertNothingStored() {
        assertThat(vendor.get(api("umbrella") + "/models/bad").statusCode()).isEqualTo(404);
        assertThat(vendor.get("/mud/umbrella/bad.json").statusCode()).isEqualTo(404);
    }
}
