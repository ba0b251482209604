package org.trustbricks.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.repair.RepairResult;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.VerificationResult;

/** The facade's results serialise to plain JSON with a default Jackson mapper. */
class ResultsJsonTest {

    private final Mud mud = Mud.create();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void a_report_serialises_with_paths_codes_and_messages() throws Exception {
        byte[] file = "{\"ietf-mud:mud\":{\"mud-version\":1,\"mud-url\":\"http://x.example/a.json\",\"last-update\":\"2026-01-01T00:00:00Z\",\"is-supported\":true}}"
                .getBytes(StandardCharsets.UTF_8);
        JsonNode json = mapper.readTree(mapper.writeValueAsString(mud.validate(file, Mode.STRICT)));
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("schemaValid").asBoolean()).isTrue();
        assertThat(json.path("mode").asText()).isEqualTo("STRICT");
        assertThat(json.path("findings").get(0).path("code").asText()).isEqualTo("MUD-URL-NOT-HTTPS");
        assertThat(json.path("findings").get(0).path("path").asText()).isEqualTo("/ietf-mud:mud/mud-url");
    }

    @Test
    void malformed_input_gives_one_clear_finding() throws Exception {
        MudReport report = mud.validate("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8), Mode.STRICT);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MUD-MALFORMED");
            assertThat(f.message()).containsIgnoringCase("duplicate");
        });
        assertThat(mud.validate(new byte[MudValidator.MAX_BYTES + 1], Mode.STRICT).findings().get(0).message()).contains("larger than");
    }

    @Test
    void a_huge_array_is_refused_with_one_finding_at_its_path() {
        StringBuilder sb = new StringBuilder("{\"ietf-mud:mud\":{\"extensions\":[");
        for (int i = 0; i <= MudValidator.MAX_ARRAY; i++) {
            sb.append(i == 0 ? "" : ",").append("\"x").append(i).append('"');
        }
        MudReport report = mud.validate(sb.append("]}}").toString().getBytes(StandardCharsets.UTF_8), Mode.STRICT);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MUD-TOO-LARGE");
            assertThat(f.path()).isEqualTo("/ietf-mud:mud/extensions");
        });
    }

    @Test
    void repair_and_verification_results_serialise() throws Exception {
        RepairResult repair = mud.repair("{\"ietf-access-control-list:access-lists\":{\"acl\":[]}}".getBytes(StandardCharsets.UTF_8));
        JsonNode r = mapper.readTree(mapper.writeValueAsString(repair));
        assertThat(r.path("changes").get(0).path("path").asText()).isEqualTo("/ietf-access-control-list:access-lists");
        assertThat(r.path("report").path("valid").asBoolean()).isFalse();

        ManufacturerCredentials creds = mud.newManufacturerCredentials("Json Devices", Duration.ofDays(2));
        byte[] file = mud.build(MudSpec.builder("https://json.example/t.json", "Json Devices", "T").rule(MudRule.cloudTcp("a.json.example", 443)).build());
        VerificationResult v = mud.verify(file, mud.sign(file, creds.signingKey()), List.of(creds.caCertificate()), null);
        JsonNode j = mapper.readTree(mapper.writeValueAsString(v));
        assertThat(j.path("status").asText()).isEqualTo("VALID");
        assertThat(j.path("valid").asBoolean()).isTrue();
        assertThat(j.path("signingTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }
}
