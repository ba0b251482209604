package org.trustbricks.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.testing.TestServer;

class SystemRoutesTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_answers_up_and_ready_reports_the_database() {
        assertThat(server.get("/health").body()).contains("\"status\":\"up\"");
        var ready = server.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":\"reachable\"").contains("\"accepting\":true");
    }

    @Test
    void metrics_count_requests_per_route_pattern_and_include_jvm_and_pool() {
        server.get("/health");
        server.get("/health");
        String metrics = server.get("/metrics").body();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/health\",status=\"200\"} [2-9]");
        assertThat(metrics).contains("hikaricp_connections");
    }

    @Test
    void an_unknown_api_path_gets_a_problem_document_not_a_stack_trace() {
        var r = server.get("/api/does-not-exist");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":404").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void an_unknown_page_asked_for_by_a_browser_gets_an_html_page() {
        var r = server.get("/no-such-page", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>404").contains("Back to the start page");
    }

    @Test
    void assets_and_htmx_are_served_by_the_application_itself() {
        assertThat(server.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(server.get("/assets/app.css").body()).contains(":root");
        String home = server.get("/", "Accept", "text/html").body();
        assertThat(home).contains("/webjars/htmx.org/2.0.10/dist/htmx.min.js").doesNotContain("https://");
    }

    @Test
    void a_body_larger_than_the_server_limit_is_refused_with_413() {
        byte[] big = new byte[(int) WebServer.MAX_REQUEST_BYTES + 1024];
        try {
            var r = TestServer.send(server.request("/api/session").header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
            assertThat(r.statusCode()).isIn(404, 405, 413);
            assertThat(r.body()).doesNotContain("\tat ");
        } catch (java.io.UncheckedIOException refusedWhileSending) {
            // The server may refuse and close before the client has sent the whole body; the refusal stands.
            assertThat(refusedWhileSending).hasRootCauseInstanceOf(java.io.IOException.class);
        }
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_is_served_as_yaml() {
        var r = server.get("/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("openapi: 3.1.0");
    }
}
