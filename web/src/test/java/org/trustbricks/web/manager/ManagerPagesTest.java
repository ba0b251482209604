package org.trustbricks.web.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** The compile and what-if page and its htmx fragments over a real server. */
class ManagerPagesTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void the_page_is_prefilled_with_the_example_site_and_mud_file_and_uses_local_assets_only() {
        HttpResponse<String> r = server.get("/mud-manager", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("name: home-lab", "bulb-2000.json", "aria-current=\"page\"", "hx-post=\"/mud-manager/check-flow\"")
                .doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void compiling_returns_the_nftables_fragment() {
        HttpResponse<String> r = form("/mud-manager/compile", Map.of("mud", ManagerClient.BULB, "site", ManagerClient.SITE, "format", "nft"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"ruleset\"", "table inet trustbricks_mud").doesNotContain("<html");
    }

    @Test
    void a_broken_site_file_is_explained_in_the_fragment() {
        HttpResponse<String> r = form("/mud-manager/compile", Map.of("mud", ManagerClient.BULB, "site", "name: [oops", "format", "nft"));
        assertThat(r.body()).contains("role=\"alert\"", "SITE-MALFORMED");
        HttpResponse<String> notJson = form("/mud-manager/compile", Map.of("mud", "{oops", "site", ManagerClient.SITE));
        assertThat(notJson.body()).contains("role=\"alert\"", "not JSON");
    }

    @Test
    void the_what_if_fragment_names_the_deciding_ace() {
        HttpResponse<String> r = form("/mud-manager/check-flow", Map.of("mud", ManagerClient.BULB, "site", ManagerClient.SITE,
                "device", "kitchen-bulb", "peer", "api.things.example.com", "protocol", "tcp", "dstPort", "443",
                "direction", "from-device", "initiatedBy", "device"));
        assertThat(r.body()).contains("allowed", "from-ipv4-bulb/cloud-https");
        HttpResponse<String> bad = form("/mud-manager/check-flow", Map.of("mud", ManagerClient.BULB, "site", ManagerClient.SITE,
                "device", "kitchen-bulb", "peer", "x.example", "dstPort", "port"));
        assertThat(bad.body()).contains("role=\"alert\"", "dstPort");
    }
}
