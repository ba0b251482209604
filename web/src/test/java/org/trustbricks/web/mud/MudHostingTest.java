package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.mud.MudClient.expect;
import static org.trustbricks.web.mud.MudClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** Published MUD files are served at their MUD URL with validators, caching headers and conditional GET/HEAD. */
class MudHostingTest {

    private static TestServer server;
    private static MudClient anonymous;
    private static JsonNode publication;

    @BeforeAll
    static void publish() {
        server = MudServers.start();
        MudClient vendor = MudClient.member(server, "Acme Devices", OrganisationKind.VENDOR);
        publication = vendor.publishThermostat("acme", "t1");
        anonymous = MudClient.anonymous(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_published_file_is_served_as_mud_json_with_a_strong_etag_and_cache_control_from_cache_validity() {
        HttpResponse<String> r = expect(anonymous.get("/mud/acme/t1.json"), 200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/mud+json");
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("\"").endsWith("\""))
                .hasValue(publication.get("etag").asText());
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        JsonNode mud = json(r).get("ietf-mud:mud");
        assertThat(mud.get("mud-url").asText()).isEqualTo(publication.get("mudUrl").asText()).endsWith("/mud/acme/t1.json");
        assertThat(mud.get("mud-signature").asText()).isEqualTo(publication.get("signatureUrl").asText());
    }

    @Test
    void the_signature_is_served_as_pkcs7_signature() {
        HttpResponse<byte[]> r = anonymous.getBytes("/mud/acme/t1.p7s");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pkcs7-signature");
        assertThat(r.body()[0]).as("DER SEQUENCE").isEqualTo((byte) 0x30);
    }

    @Test
    void a_matching_if_none_match_answers_304_without_a_body_but_with_the_validators() {
        String etag = anonymous.get("/mud/acme/t1.json").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> r = anonymous.get("/mud/acme/t1.json", "If-None-Match", "\"other\", " + etag);
        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("ETag")).hasValue(etag);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(anonymous.get("/mud/acme/t1.json", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(anonymous.get("/mud/acme/t1.json", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void if_modified_since_answers_304_only_when_nothing_changed_since() {
        String lastModified = anonymous.get("/mud/acme/t1.json").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(anonymous.get("/mud/acme/t1.json", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(anonymous.get("/mud/acme/t1.json", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/mud/acme/t1.json", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
    }

    @Test
    void if_none_match_takes_precedence_over_if_modified_since() {
        String lastModified = anonymous.get("/mud/acme/t1.json").headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> r = anonymous.get("/mud/acme/t1.json", "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void head_gives_the_headers_and_length_without_the_body() {
        HttpResponse<String> get = anonymous.get("/mud/acme/t1.json");
        HttpResponse<String> head = anonymous.head("/mud/acme/t1.json");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(anonymous.head("/mud/acme/t1.json", "If-None-Match", get.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void unpublished_paths_answer_404() {
        assertThat(anonymous.get("/mud/acme/unknown.json").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/mud/nobody/t1.p7s").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/mud/acme/T1.json").statusCode()).isEqualTo(404);
    }

    @Test
    void hosted_files_are_not_writable() {
        HttpResponse<String> r = anonymous.post("/mud/acme/t1.json", "application/mud+json", "{}".getBytes());
        assertThat(r.statusCode()).isIn(404, 405);
        assertThat(anonymous.get("/mud/acme/t1.json").body()).contains("ietf-mud:mud");
    }
}
