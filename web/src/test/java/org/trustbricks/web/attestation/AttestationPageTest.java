package org.trustbricks.web.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** The attestation page without JavaScript, and the inspect API, over real HTTP. */
class AttestationPageTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_page_is_in_the_attestation_area_and_explains_the_api() {
        HttpResponse<String> r = server.get("/attestation", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("aria-current=\"page\"").contains("/api/attestation/challenges").contains("name=\"token\"");
    }

    @Test
    void a_form_post_without_javascript_returns_the_whole_page_with_the_claims() {
        String hex = HexFormat.of().formatHex(TestDevice.of("form").token(new byte[48]));
        HttpResponse<String> r = TestServer.send(server.request("/attestation/inspect").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("token=" + hex)).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html").contains("implementation-id").contains("no endorsements are provisioned");
    }

    @Test
    void text_that_is_neither_hex_nor_base64_is_a_400_on_the_page() {
        HttpResponse<String> r = TestServer.send(server.request("/attestation/inspect").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("token=%24%24%24")).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("neither hex nor base64");
    }

    @Test
    void the_inspect_api_explains_the_claims_and_never_uses_up_a_nonce() {
        byte[] token = TestDevice.of("api").token(new byte[32]);
        HttpResponse<String> r = TestServer.send(server.request("/api/attestation/inspect").header("Content-Type", "application/cbor")
                .POST(HttpRequest.BodyPublishers.ofByteArray(token)).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(VerifierWorld.json(r).path("report").path("claims").toString()).contains("implementation-id");
        assertThat(VerifierWorld.json(r).path("appraisal").isNull()).isTrue();
    }
}
