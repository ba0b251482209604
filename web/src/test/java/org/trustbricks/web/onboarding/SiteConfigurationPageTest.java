package org.trustbricks.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

/** The site configuration page over a real server: who may use it, validation with findings, limits and saving. */
class SiteConfigurationPageTest {

    static final String VALID = """
            name: test site
            local-networks: ["192.168.50.0/24"]
            dns-servers: ["192.168.50.1"]
            ntp-servers: ["192.168.50.1"]
            controllers:
              "urn:ietf:params:mud:dns": ["192.168.50.1"]
              "urn:example:gateway": ["192.168.50.2"]
            """;

    static TestServer server;
    static String admin;
    static String vendor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var accounts = server.services().accounts();
        accounts.createUser("admin@site.example", "Ada", "admin pass phrase",
                accounts.ensureOrganisation("Scheme", OrganisationKind.SCHEME_OWNER));
        accounts.createUser("v@vendor.example", "Vic", "vendor pass phrase",
                accounts.ensureOrganisation("Vendor", OrganisationKind.VENDOR));
        admin = Logins.cookie(server, "admin@site.example", "admin pass phrase");
        vendor = Logins.cookie(server, "v@vendor.example", "vendor pass phrase");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String cookie, String csrf, String yaml) {
        String body = (csrf == null ? "" : "_csrf=" + enc(csrf) + "&") + "yaml=" + enc(yaml);
        return TestServer.send(server.request("/onboarding/site").header("Cookie", cookie).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void administrators_see_the_current_site_file_and_others_are_turned_away() {
        var page = server.get("/onboarding/site", "Cookie", admin, "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<textarea id=\"yaml\"").contains("local-networks");
        assertThat(server.get("/onboarding/site", "Cookie", vendor, "Accept", "text/html").statusCode()).isEqualTo(403);
        assertThat(server.get("/onboarding/site", "Accept", "text/html").statusCode()).isIn(302, 303);
        assertThat(post(vendor, Logins.csrf(server, vendor), VALID).statusCode()).isEqualTo(403);
    }

    @Test
    void a_form_without_the_session_csrf_token_is_refused_and_nothing_is_saved() {
        String before = server.get("/api/onboarding/site", "Cookie", admin).body();
        assertThat(post(admin, null, "name: forged\n").statusCode()).isEqualTo(403);
        assertThat(post(admin, "not-the-token", "name: forged\n").statusCode()).isEqualTo(403);
        assertThat(server.get("/api/onboarding/site", "Cookie", admin).body()).isEqualTo(before);
    }

    @Test
    void yaml_that_does_not_parse_keeps_the_text_as_typed_and_shows_the_error() {
        String broken = "name: broken site\nlocal-networks: [\"10.0.0.0/8\"\ndns-servers: <&>\n";
        var r = post(admin, Logins.csrf(server, admin), broken);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("not valid YAML").contains("id=\"site-findings\"")
                .contains("name: broken site").contains("dns-servers: &lt;&amp;&gt;");
        assertThat(server.get("/api/onboarding/site", "Cookie", admin).body()).doesNotContain("broken site");
    }

    @Test
    void a_wrong_value_is_reported_with_its_path() {
        var r = post(admin, Logins.csrf(server, admin), "name: x\ndevices:\n  - name: cam\n    mac: not-a-mac\n");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("<code>/devices/0/mac</code>").contains("Not a MAC address");
        var unknown = post(admin, Logins.csrf(server, admin), "name: x\nlocal-netwrks: []\n");
        assertThat(unknown.body()).contains("<code>/local-netwrks</code>");
    }

    @Test
    void a_site_file_over_the_limit_is_refused_with_413() {
        String huge = "name: big\n# " + "x".repeat(SitePages.MAX_BYTES) + "\n";
        var r = post(admin, Logins.csrf(server, admin), huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Content Too Large");
        assertThat(server.get("/api/onboarding/site", "Cookie", admin).body()).doesNotContain("name: big");
    }

    @Test
    void a_valid_site_file_is_saved_and_served_by_the_api() {
        var r = post(admin, Logins.csrf(server, admin), VALID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Saved.");
        assertThat(server.get("/api/onboarding/site", "Cookie", admin).body()).isEqualTo(VALID);
    }
}
