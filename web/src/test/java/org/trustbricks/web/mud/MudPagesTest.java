package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** The MUD pages over real HTTP with a signed-in session: validate, build, sign, publish, device and picture pages. */
class MudPagesTest {

    private static TestServer server;
    private static WebSession vendor;

    @BeforeAll
    static void start() {
        server = MudServers.start();
        vendor = WebSession.signIn(server, "Wonka Devices", OrganisationKind.VENDOR, "charlie@wonka.example");
        assertThat(vendor.post("/mud/manufacturers", "name=Wonka").statusCode()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_landing_page_is_in_the_mud_area_and_checks_a_pasted_file_with_path_addressed_findings_inline() {
        HttpResponse<String> page = server.get("/mud", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/mud\" aria-current=\"page\"").contains("Check a MUD file");
        String bad = "{\"ietf-mud:mud\": {\"mud-version\": 1, \"cache-validity\": 500}}";
        HttpResponse<String> r = TestServer.send(server.request("/mud/validate").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("mode=strict&content=" + WebSession.enc(bad))).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("badge bad").contains("<code>/ietf-mud:mud/cache-validity</code>");
    }

    @Test
    void a_vendor_builds_signs_and_publishes_with_the_forms_and_the_device_page_shows_url_qr_and_signature() {
        HttpResponse<String> builder = vendor.get("/mud/builder?manufacturer=wonka");
        assertThat(builder.statusCode()).isEqualTo(200);
        assertThat(builder.body()).contains("MUD builder").contains("name=\"rule.target\"");
        HttpResponse<String> saved = vendor.post("/mud/builder", "manufacturer=wonka&modelSlug=oompa&model=Oompa+Sensor"
                + "&cacheValidityHours=12&supported=on&ipv4=on&ipv6=on"
                + "&rule.target=CLOUD&rule.value=api.wonka.example&rule.protocol=TCP&rule.port=443&rule.initiator=DEVICE"
                + "&rule.target=&rule.value=&rule.protocol=TCP&rule.port=&rule.initiator=DEVICE"
                + "&sbom.version=1.0&sbom.url=" + WebSession.enc("https://wonka.example/sbom-1.0.json") + "&vulnerabilityUrls=");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/mud/wonka/oompa"));
        assertThat(vendor.post("/mud/wonka/signer", "mode=generate").statusCode()).isEqualTo(303);
        assertThat(vendor.post("/mud/wonka/oompa/publish", "version=1").statusCode()).isEqualTo(303);
        String device = vendor.get("/mud/wonka/oompa").body();
        assertThat(device).contains("version 1 published").contains("/mud/wonka/oompa.json").contains("<svg")
                .contains("aria-label=\"QR code (RFC 9238) for the MUD URL").contains("id=\"signature-status\">valid");
        String publicView = server.get("/mud/wonka/oompa", "Accept", "text/html").body();
        assertThat(publicView).contains("version 1 published").doesNotContain("Sign and publish");
        String map = server.get("/mud/wonka/oompa/map", "Accept", "text/html").body();
        assertThat(map).contains("<svg").contains("api.wonka.example");
        HttpResponse<String> hosted = server.get("/mud/wonka/oompa.json");
        assertThat(hosted.body()).contains("https://wonka.example/sbom-1.0.json");
    }

    @Test
    void the_builder_shows_errors_inline_and_saves_nothing() {
        HttpResponse<String> r = vendor.post("/mud/builder", "manufacturer=wonka&modelSlug=broken&cacheValidityHours=soon&ipv4=on"
                + "&rule.target=CLOUD&rule.value=&rule.protocol=TCP&rule.port=99999&rule.initiator=DEVICE");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("role=\"alert\"").contains("/cacheValidityHours");
        assertThat(vendor.get("/mud/wonka/broken").statusCode()).isEqualTo(404);
    }

    @Test
    void editing_in_the_builder_starts_from_the_latest_version() {
        vendor.post("/mud/builder", "manufacturer=wonka&modelSlug=gum&cacheValidityHours=48&ipv4=on&supported=on"
                + "&rule.target=CLOUD&rule.value=gum.wonka.example&rule.protocol=UDP&rule.port=123&rule.initiator=DEVICE");
        String form = vendor.get("/mud/builder?manufacturer=wonka&model=gum").body();
        assertThat(form).contains("value=\"gum.wonka.example\"").contains("value=\"123\"");
    }

    @Test
    void an_uploaded_legacy_file_is_refused_with_the_repair_changes_listed_then_stored_when_repair_is_ticked() {
        vendor.post("/mud/builder", "manufacturer=wonka&modelSlug=source&cacheValidityHours=48&ipv4=on&supported=on"
                + "&rule.target=LOCAL_NETWORK&rule.value=&rule.protocol=UDP&rule.port=5353&rule.initiator=EITHER");
        String file = vendor.get("/api/mud/manufacturers/wonka/models/source/versions/1/file").body()
                .replace("\"ietf-access-control-list:acls\"", "\"ietf-access-control-list:access-lists\"");
        HttpResponse<String> refused = vendor.postMultipart("/mud/wonka/upload", "file", file.getBytes(StandardCharsets.UTF_8),
                "model", "legacy", "adoptUrl", "on");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"repair-changes\"").contains("access-lists");
        HttpResponse<String> stored = vendor.postMultipart("/mud/wonka/upload", "file", file.getBytes(StandardCharsets.UTF_8),
                "model", "legacy", "adoptUrl", "on", "repair", "on");
        assertThat(stored.statusCode()).isEqualTo(303);
        assertThat(vendor.get("/mud/wonka/legacy").body()).contains("repaired upload").contains("change(s) made on upload");
    }

    @Test
    void page_forms_of_another_organisation_are_refused() {
        WebSession other = WebSession.signIn(server, "Slugworth", OrganisationKind.VENDOR, "arthur@slugworth.example");
        assertThat(other.post("/mud/wonka/signer", "mode=generate").statusCode()).isEqualTo(403);
        assertThat(other.post("/mud/builder", "manufacturer=wonka&modelSlug=stolen&ipv4=on").statusCode()).isEqualTo(422);
        assertThat(other.get("/mud/wonka/stolen").statusCode()).isEqualTo(404);
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        HttpResponse<String> r = TestServer.send(server.request("/mud/wonka/signer").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "tb_session=forged").POST(java.net.http.HttpRequest.BodyPublishers.ofString("mode=generate")).build());
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
