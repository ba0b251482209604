package org.trustbricks.web.sesip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.TestServer;

/** The SESIP knowledge-base API over real HTTP. */
class SesipApiTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void the_editions_are_listed_and_each_catalogue_carries_provenance_per_sfr() throws Exception {
        JsonNode editions = json(server.get("/api/sesip/catalogues"));
        assertThat(editions.findValuesAsText("id")).contains("GP-1.2", "EN17927-2023");
        for (JsonNode e : editions) {
            var r = server.get("/api/sesip/catalogue?edition=" + e.get("id").asText());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode cat = json(r);
            assertThat(cat.get("edition").get("id").asText()).isEqualTo(e.get("id").asText());
            for (JsonNode sfr : cat.get("sfrs")) {
                assertThat(sfr.get("provenance").get("confidence").asText()).isIn("verified", "secondary", "inferred", "unverified");
            }
        }
    }

    @Test
    void the_current_catalogue_has_forty_sfrs_and_five_levels() throws Exception {
        JsonNode cat = json(server.get("/api/sesip/catalogue"));
        assertThat(cat.get("sfrs").size()).isEqualTo(40);
        assertThat(cat.get("levels").size()).isEqualTo(5);
        assertThat(cat.get("sfrs").findValuesAsText("title")).contains("Verification of Platform Identity");
    }

    @Test
    void an_unknown_edition_is_a_404_problem() throws Exception {
        var r = server.get("/api/sesip/catalogue?edition=GP-9.9");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("detail").asText()).contains("GP-9.9");
    }

    @Test
    void legacy_and_itp_labels_translate_to_sesip_levels_keeping_the_label_as_written() throws Exception {
        JsonNode itp = json(server.get("/api/sesip/levels?label=ITP1"));
        assertThat(itp.get("level").asText()).isEqualTo("SESIP1");
        assertThat(itp.get("asWritten").asText()).isEqualTo("ITP1");
        assertThat(itp.get("scheme").asText()).isEqualTo("itp");
        JsonNode inferred = json(server.get("/api/sesip/levels?label=ITP2"));
        assertThat(inferred.get("provenance").get("confidence").asText()).isEqualTo("inferred");
        JsonNode plus = json(server.get("/api/sesip/levels?label=SESIP2%2B"));
        assertThat(plus.get("asWritten").asText()).isEqualTo("SESIP2+");
        assertThat(plus.get("scheme").asText()).isEqualTo("trustcb-v1.2");
        assertThat(server.get("/api/sesip/levels?label=GOLD").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/sesip/levels").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/sesip/levels?label=SESIP2&scheme=martian").statusCode()).isEqualTo(400);
    }

    @Test
    void profiles_are_listed_with_confidence_and_found_by_id() throws Exception {
        JsonNode profiles = json(server.get("/api/sesip/profiles"));
        assertThat(profiles.findValuesAsText("id")).contains("psa-certified-level-3");
        JsonNode psa = json(server.get("/api/sesip/profiles/psa-certified-level-3"));
        assertThat(psa.get("requiredSfrs").size()).isPositive();
        assertThat(psa.get("provenance").get("confidence").asText()).isNotBlank();
        assertThat(server.get("/api/sesip/profiles/unknown-profile").statusCode()).isEqualTo(404);
    }

    @Test
    void every_mapping_is_served_and_inferred_links_say_so() throws Exception {
        JsonNode list = json(server.get("/api/sesip/mappings"));
        assertThat(list.findValuesAsText("id")).containsExactlyInAnyOrder("en303645", "nistir8259a", "iec62443-4-2", "cra");
        for (String id : list.findValuesAsText("id")) {
            JsonNode mapping = json(server.get("/api/sesip/mappings/" + id));
            assertThat(mapping.get("requirements").size()).as(id).isPositive();
        }
        JsonNode en = json(server.get("/api/sesip/mappings/en303645"));
        assertThat(en.findValuesAsText("confidence")).contains("inferred", "verified");
        assertThat(server.get("/api/sesip/mappings/hipaa").statusCode()).isEqualTo(404);
    }

    @Test
    void the_navigator_answers_sfrs_level_profile_and_a_starter_for_known_markets() throws Exception {
        JsonNode markets = json(server.get("/api/sesip/markets"));
        String first = markets.get(0).get("id").asText();
        var r = server.get("/api/sesip/navigator?market=" + first);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode g = json(r).get("guidance");
        assertThat(g.get("level").asText()).startsWith("SESIP");
        assertThat(g.get("sfrs").findValuesAsText("sfr")).contains("verification-of-platform-identity");
        assertThat(g.get("starterYaml").asText()).contains("format: trustbricks-sesip-st/1");
    }

    @Test
    void the_starter_downloads_as_yaml_that_reads_back_as_a_security_target() {
        var r = server.get("/api/sesip/navigator/starter?market=eu-consumer-iot");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        var read = org.trustbricks.sesip.Sesip.read(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), "starter.yaml");
        assertThat(read.findings()).isEmpty();
        assertThat(read.complete()).isTrue();
    }

    @Test
    void the_navigator_refuses_no_market_or_an_unknown_one_with_a_400_naming_it() throws Exception {
        assertThat(server.get("/api/sesip/navigator").statusCode()).isEqualTo(400);
        var r = server.get("/api/sesip/navigator?market=eu-consumer-iot&market=mars-colony");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("errors").get(0).get("message").asText()).contains("mars-colony");
        assertThat(server.get("/api/sesip/navigator/starter?market=mars-colony").statusCode()).isEqualTo(400);
    }
}
