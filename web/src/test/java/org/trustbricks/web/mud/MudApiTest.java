package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.mud.MudClient.api;
import static org.trustbricks.web.mud.MudClient.expect;
import static org.trustbricks.web.mud.MudClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** The MUD API over a real server: builder, versions, uploads with repair, publishing, signer secrecy. */
class MudApiTest {

    private static TestServer server;
    private static MudClient vendor;

    @BeforeAll
    static void start() {
        server = MudServers.start();
        vendor = MudClient.member(server, "Globex", OrganisationKind.VENDOR);
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Globex Corporation\"}"), 201);
        expect(vendor.postJson(api("globex-corporation") + "/signer", "{\"mode\": \"generate\"}"), 201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_builder_output_is_valid_and_points_at_its_mud_url() {
        JsonNode v = json(expect(vendor.postJson(api("globex-corporation") + "/models/hub/build", MudClient.THERMOSTAT), 201));
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("origin").asText()).isEqualTo("BUILDER");
        JsonNode file = json(expect(vendor.get(v.get("fileUrl").asText()), 200)).get("ietf-mud:mud");
        assertThat(file.get("mud-url").asText()).endsWith("/mud/globex-corporation/hub.json").startsWith("https://");
        assertThat(file.get("mfg-name").asText()).isEqualTo("Globex Corporation");
        assertThat(file.get("model-name").asText()).isEqualTo("Thermostat T1");
        JsonNode validation = json(expect(vendor.post("/api/mud/validate", "application/json",
                vendor.get(v.get("fileUrl").asText()).body().getBytes(StandardCharsets.UTF_8)), 200));
        assertThat(validation.get("valid").asBoolean()).isTrue();
    }

    @Test
    void editing_creates_a_new_version_and_old_versions_stay_retrievable() {
        JsonNode v1 = json(expect(vendor.postJson(api("globex-corporation") + "/models/lamp/build", MudClient.THERMOSTAT), 201));
        String edited = MudClient.THERMOSTAT.replace("api.acme.example", "updates.globex.example");
        JsonNode v2 = json(expect(vendor.postJson(api("globex-corporation") + "/models/lamp/build", edited), 201));
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(vendor.get(api("globex-corporation") + "/models/lamp/versions/1/file").body()).contains("api.acme.example")
                .doesNotContain("updates.globex.example");
        assertThat(vendor.get(api("globex-corporation") + "/models/lamp/versions/2/file").body()).contains("updates.globex.example");
        JsonNode model = json(expect(vendor.get(api("globex-corporation") + "/models/lamp"), 200));
        assertThat(model.get("versions")).hasSize(2);
        assertThat(model.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(json(vendor.get(api("globex-corporation") + "/models/lamp/versions/1")).get("spec").get("rules").get(0)
                .get("value").asText()).isEqualTo("api.acme.example");
    }

    @Test
    void publishing_a_newer_version_replaces_what_the_mud_url_serves() {
        expect(vendor.postJson(api("globex-corporation") + "/models/plug/build", MudClient.THERMOSTAT), 201);
        expect(vendor.postJson(api("globex-corporation") + "/models/plug/build",
                MudClient.THERMOSTAT.replace("\"cacheValidityHours\": 24", "\"cacheValidityHours\": 2, \"supported\": false")), 201);
        String publish = api("globex-corporation") + "/models/plug/versions/%d/publish";
        JsonNode first = json(expect(vendor.post(publish.formatted(1), "application/json", new byte[0]), 200));
        HttpResponse<String> served1 = expect(vendor.get("/mud/globex-corporation/plug.json"), 200);
        JsonNode second = json(expect(vendor.post(publish.formatted(2), "application/json", new byte[0]), 200));
        HttpResponse<String> served2 = expect(vendor.get("/mud/globex-corporation/plug.json"), 200);
        assertThat(first.get("etag").asText()).isNotEqualTo(second.get("etag").asText());
        assertThat(served2.headers().firstValue("ETag")).hasValue(second.get("etag").asText());
        assertThat(served2.headers().firstValue("Cache-Control")).hasValue("public, max-age=7200");
        assertThat(json(served2).get("ietf-mud:mud").get("is-supported").asBoolean()).as("end-of-support file published").isFalse();
        assertThat(vendor.get("/mud/globex-corporation/plug.json", "If-None-Match", served1.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(200);
        assertThat(second.get("signature").get("status").asText()).isEqualTo("VALID");
    }

    @Test
    void an_upload_that_validates_is_stored_after_adopting_the_mud_url_with_the_change_listed() {
        byte[] file = fileOf("upload-source");
        JsonNode v = json(expect(vendor.post(api("globex-corporation") + "/models/camera/upload?adoptUrl=true", "application/mud+json", file), 201));
        assertThat(v.get("origin").asText()).isEqualTo("UPLOAD");
        assertThat(v.get("changes").toString()).contains("/ietf-mud:mud/mud-url").contains("/mud/globex-corporation/camera.json");
        expect(vendor.post(api("globex-corporation") + "/models/camera/versions/1/publish", "application/json", new byte[0]), 200);
    }

    @Test
    void an_upload_with_another_mud_url_is_refused_unless_the_url_is_adopted() {
        HttpResponse<String> r = expect(vendor.post(api("globex-corporation") + "/models/doorbell/upload", "application/mud+json",
                fileOf("doorbell-source")), 422);
        assertThat(r.body()).contains("MUD-URL-MISMATCH");
        assertThat(vendor.get(api("globex-corporation") + "/models/doorbell").statusCode()).isEqualTo(404);
    }

    @Test
    void a_legacy_upload_is_refused_with_the_repair_on_offer_and_stored_when_repair_is_asked() {
        byte[] legacy = new String(fileOf("legacy-source"), StandardCharsets.UTF_8)
                .replace("\"ietf-access-control-list:acls\"", "\"ietf-access-control-list:access-lists\"").getBytes(StandardCharsets.UTF_8);
        String path = api("globex-corporation") + "/models/speaker/upload?adoptUrl=true";
        JsonNode refused = json(expect(vendor.post(path, "application/mud+json", legacy), 422));
        assertThat(refused.get("findings")).isNotEmpty();
        assertThat(refused.get("repair").get("changes").toString()).contains("access-lists");
        assertThat(refused.get("repair").get("repairedValid").asBoolean()).isTrue();
        assertThat(refused.get("lenient").get("valid").asBoolean()).isTrue();
        assertThat(vendor.get(api("globex-corporation") + "/models/speaker").statusCode()).isEqualTo(404);
        JsonNode stored = json(expect(vendor.post(path + "&repair=true", "application/mud+json", legacy), 201));
        assertThat(stored.get("origin").asText()).isEqualTo("REPAIRED_UPLOAD");
        assertThat(stored.get("changes").toString()).contains("access-lists");
    }

    @Test
    void the_signer_api_returns_certificates_and_never_a_private_key() {
        HttpResponse<String> r = expect(vendor.get(api("globex-corporation") + "/signer"), 200);
        assertThat(r.body()).contains("BEGIN CERTIFICATE").doesNotContain("PRIVATE KEY").doesNotContain("sealed");
        assertThat(json(r).get("source").asText()).isEqualTo("GENERATED");
        assertThat(vendor.get(api("globex-corporation")).body()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void a_builder_description_with_a_bad_port_is_refused_with_the_path_of_the_problem() {
        String bad = MudClient.THERMOSTAT.replace("\"port\": 443", "\"port\": 70000");
        JsonNode r = json(expect(vendor.postJson(api("globex-corporation") + "/models/broken/build", bad), 422));
        assertThat(r.get("findings").toString()).contains("/rules/0/port");
        assertThat(vendor.get(api("globex-corporation") + "/models/broken").statusCode()).isEqualTo(404);
    }

    @Test
    void a_builder_description_with_an_unknown_field_or_wrong_type_is_a_400_naming_the_field() {
        HttpResponse<String> r = expect(vendor.postJson(api("globex-corporation") + "/models/broken/build", "{\"rulez\": []}"), 400);
        assertThat(r.body()).contains("rulez");
        HttpResponse<String> t = expect(vendor.postJson(api("globex-corporation") + "/models/broken/build",
                "{\"rules\": [{\"target\": \"MARS\"}]}"), 400);
        assertThat(t.body()).contains("/rules/0/target");
    }

    @Test
    void publishing_without_a_signer_is_refused_and_nothing_is_served() {
        MudClient other = MudClient.member(server, "Initech", OrganisationKind.VENDOR);
        expect(other.postJson("/api/mud/manufacturers", "{\"name\": \"Initech\"}"), 201);
        expect(other.postJson(api("initech") + "/models/printer/build", MudClient.THERMOSTAT), 201);
        HttpResponse<String> r = expect(other.post(api("initech") + "/models/printer/versions/1/publish", "application/json", new byte[0]), 409);
        assertThat(r.body()).contains("signer");
        assertThat(other.get("/mud/initech/printer.json").statusCode()).isEqualTo(404);
    }

    @Test
    void a_manufacturer_name_can_be_taken_once_and_reserved_names_not_at_all() {
        expect(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Hooli\"}"), 201);
        assertThat(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Hooli\"}").statusCode()).isEqualTo(409);
        assertThat(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"Builder\"}").statusCode()).isEqualTo(409);
        assertThat(vendor.postJson("/api/mud/manufacturers", "{\"name\": \"X\", \"slug\": \"Bad Slug\"}").statusCode()).isEqualTo(400);
    }

    /** A valid file built for another model, whose mud-url therefore differs from the target model's. */
    private static byte[] fileOf(String model) {
        expect(vendor.postJson(api("globex-corporation") + "/models/" + model + "/build", MudClient.THERMOSTAT), 201);
        return vendor.get(api("globex-corporation") + "/models/" + model + "/versions/1/file").body().getBytes(StandardCharsets.UTF_8);
    }
}
