package org.trustbricks.web.st;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** The Security Targets pages as served HTML, over real HTTP (the browser tests drive the same pages with htmx). */
class StPagesTest {

    static TestServer server;
    static String mcu;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        mcu = Files.readString(Path.of("../examples/sesip/psa-l3-mcu.yaml"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> postForm(String path, String form, boolean htmx) {
        HttpRequest.Builder b = server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return TestServer.send(b.build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void every_page_of_the_area_answers_with_one_main_heading_and_the_area_marked_in_the_navigation() {
        for (String path : new String[] {"/st", "/st/check", "/st/compose", "/st/navigator", "/st/catalogue", "/st/mappings",
                "/st/catalogue?edition=GP-1.0", "/st/mappings?regulation=cra"}) {
            var r = server.get(path, "Accept", "text/html");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body().split("<h1", -1)).as(path).hasSize(2);
            assertThat(r.body()).as(path).contains("href=\"/st\" aria-current=\"page\"");
            assertThat(r.body()).as(path).doesNotContain("https://cdn", "http://cdn", "unpkg.com", "jsdelivr");
        }
    }

    @Test
    void an_unknown_edition_or_regulation_page_is_a_404_page() {
        assertThat(server.get("/st/catalogue?edition=nope", "Accept", "text/html").statusCode()).isEqualTo(404);
        assertThat(server.get("/st/mappings?regulation=nope", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void checking_an_invalid_target_places_the_finding_next_to_the_line_it_points_at() {
        String broken = mcu.replace("  - sfr: Attestation of Platform State\n", "  - sfr: Teleportation of Platform\n");
        int line = java.util.Arrays.asList(broken.split("\n")).indexOf("  - sfr: Teleportation of Platform") + 1;
        var r = postForm("/st/check", "document=" + enc(broken), true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<html").contains("Not valid yet");
        String item = r.body().substring(r.body().indexOf("id=\"line-" + line + "\""));
        item = item.substring(0, item.indexOf("</li>"));
        assertThat(item).contains("Teleportation of Platform").contains("finding sev-error");
    }

    static HttpResponse<String> postMultipart(String field, String fileName, byte[] content) {
        String boundary = "----tbboundary7";
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return TestServer.send(server.request("/st/check").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    @Test
    void an_uploaded_file_is_checked_like_a_pasted_one() {
        var r = postMultipart("file", "mcu.yaml", mcu.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Valid Security Target");
    }

    @Test
    void a_pasted_document_over_the_default_form_limit_is_checked_and_one_over_five_megabytes_is_refused_with_a_finding() {
        String padded = mcu + ("# " + "x".repeat(1000) + "\n").repeat(300);
        var large = postMultipart("document", null, padded.getBytes(StandardCharsets.UTF_8));
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(large.body()).contains("Valid Security Target");
        byte[] tooBig = new byte[StDocuments.MAX_BYTES + 10];
        java.util.Arrays.fill(tooBig, (byte) '#');
        var refused = postMultipart("file", "big.yaml", tooBig);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("could not be read").contains("ST-READ-TOO-LARGE");
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_not_crashed_on() {
        var r = postMultipart("file", "latin1.yaml", new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("could not be read").contains("UTF-8");
    }

    @Test
    void checking_malformed_yaml_reports_the_line_of_the_syntax_error() {
        var r = postForm("/st/check", "document=" + enc("reference:\n  title: x\n  version: [1\nplatform: y\n"), true);
        assertThat(r.body()).contains("could not be read").contains("finding sev-error");
    }

    @Test
    void checking_a_valid_target_shows_the_readable_rendering_with_coverage_tables() {
        var r = postForm("/st/check", "document=" + enc(mcu), true);
        assertThat(r.body()).contains("Valid Security Target").contains("Level SESIP3")
                .contains("Readable Security Target").contains("Coverage of").contains("inferred");
    }

    @Test
    void without_htmx_the_check_answers_with_the_whole_page_and_keeps_the_text() {
        var r = postForm("/st/check", "document=" + enc("sfrs: [\n"), false);
        assertThat(r.body()).contains("<h1>Check a Security Target</h1>").contains("could not be read").contains("sfrs: [");
    }

    @Test
    void a_composite_of_two_parts_attributes_sfrs_and_draws_the_composition() {
        String form = "name=" + enc("Door lock") + "&version=1.0&date=2026-09-01&level=SESIP2"
                + "&sfrs=" + enc("Verification of Platform Identity\nSecure Update of Platform")
                + "&part-0-id=mcu&part-0-name=" + enc("Secure MCU") + "&part-0-version=B&part-0-certificate=C-1"
                + "&part-0-level=SESIP3&part-0-certified=B&part-0-status=active&part-0-issued=2026-01-01&part-0-valid=2028-01-01"
                + "&part-0-sfrs=" + enc("Cryptographic KeyStore\nSecure Initialization of Platform")
                + "&part-0-objectives=" + enc("OE.DEBUG_LOCK: debug port closed in production") + "&part-0-passon=yes"
                + "&part-3-id=se&part-3-name=SE&part-3-version=2&part-3-certificate=C-2&part-3-level=ITP2"
                + "&part-3-certified=2&part-3-status=expired&part-3-issued=2020-01-01&part-3-valid=2025-01-01"
                + "&part-3-sfrs=" + enc("Cryptographic Random Number Generation") + "&part-3-uses=mcu";
        var r = postForm("/st/compose", form, true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Composite level").contains("<svg").contains("Part 2 (se)")
                .contains("Which part provides which SFR").contains("passed on");
    }

    @Test
    void a_part_without_certificate_id_is_refused_with_a_finding_named_after_the_form_part() {
        String form = "name=Lock&version=1&date=2026-09-01&level=SESIP2&sfrs=" + enc("Verification of Platform Identity")
                + "&part-0-id=mcu&part-0-version=B&part-0-level=SESIP3&part-0-status=active";
        var r = postForm("/st/compose", form, true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("The composition was rejected").contains("Part 1 (mcu)").doesNotContain("<svg");
    }

    @Test
    void adding_a_part_returns_the_next_fieldset_and_moves_the_add_button_on() {
        var r = server.get("/st/compose/part?index=4", "HX-Request", "true");
        assertThat(r.body()).contains("id=\"part-4-id\"").contains("Part 5").contains("hx-swap-oob=\"true\"")
                .contains("/st/compose/part?index=5");
    }

    @Test
    void the_navigator_lists_sfrs_with_inferred_labels_and_links_the_starter_download() {
        var r = server.get("/st/navigator/result?market=eu-consumer-iot", "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Aim for SESIP").contains("Verification of Platform Identity")
                .contains("inferred — not official").contains("/st/navigator/starter.yaml?market=eu-consumer-iot");
        var starter = server.get("/st/navigator/starter.yaml?market=eu-consumer-iot");
        assertThat(starter.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(starter.body()).startsWith("format: trustbricks-sesip-st/1");
    }

    @Test
    void the_mappings_page_labels_inferred_links_as_not_official() {
        var r = server.get("/st/mappings?regulation=en303645", "Accept", "text/html");
        assertThat(r.body()).contains("inferred — not official").contains("verified (S1)").contains("5.1-1");
    }

    @Test
    void the_level_translation_fragment_names_the_sesip_level() {
        assertThat(server.get("/st/levels?label=SESIP2%2B").body()).contains("SESIP2+").contains("SESIP4");
        assertThat(server.get("/st/levels?label=GOLD").body()).contains("is not a SESIP");
    }
}
