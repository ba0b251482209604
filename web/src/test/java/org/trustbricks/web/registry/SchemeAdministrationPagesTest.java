package org.trustbricks.web.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.registry.DemoServer.Role.ANONYMOUS;
import static org.trustbricks.web.registry.DemoServer.Role.CB;
import static org.trustbricks.web.registry.DemoServer.Role.LAB;
import static org.trustbricks.web.registry.DemoServer.Role.OTHER_CB;
import static org.trustbricks.web.registry.DemoServer.Role.SCHEME_OWNER;
import static org.trustbricks.web.registry.DemoServer.Role.VENDOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.registry.DemoServer.Role;
import org.trustbricks.web.testing.TestServer;

/**
 * The scheme administration forms over real HTTP against the demo scheme: a CB authorises and withdraws laboratories
 * and makes and ends recognition agreements (which certificate pages and the API then show), the scheme owner
 * creates schemes; bad input comes back beside its field with the values kept; other roles, other CBs' rows and
 * forms without the CSRF token are refused. A withdrawn authorisation no longer lets a vendor name the laboratory.
 */
class SchemeAdministrationPagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static DemoServer demo;
    static String scheme;
    static String northgate;
    static String alpenwacht;
    static String brightline;
    static String riverbank;
    static String vendorOrg;

    @BeforeAll
    static void start() {
        demo = new DemoServer();
        scheme = demo.one("select id::text from scheme");
        northgate = org("Northgate Certification");
        alpenwacht = org("Alpenwacht Zertifizierung");
        brightline = org("Brightline Security Lab");
        riverbank = org("Riverbank IoT Lab");
        vendorOrg = org("Thermata Home");
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static String org(String name) {
        return demo.one("select id::text from organisation where name = '" + name + "'");
    }

    static HttpResponse<String> post(Role role, String path, String form) {
        return demo.page(role, "POST", path, form);
    }

    static JsonNode api(String path) throws Exception {
        return JSON.readTree(demo.api(ANONYMOUS, "GET", path, null).body());
    }

    static boolean authorised(String cb, String lab) throws Exception {
        for (JsonNode a : api("/api/registry/authorisations")) {
            if (a.get("cbId").asText().equals(cb) && a.get("labId").asText().equals(lab)) {
                return true;
            }
        }
        return false;
    }

    /** A vendor's evaluation request naming Northgate and the laboratory, through the API. */
    static HttpResponse<String> request(String lab) throws Exception {
        return demo.api(VENDOR, "POST", "/api/registry/evaluations", JSON.writeValueAsString(java.util.Map.of(
                "schemeId", Long.parseLong(scheme), "cbId", Long.parseLong(northgate), "labId", Long.parseLong(lab),
                "product", "Thermata Hub H1", "productVersion", "1.0", "stFileName", "st.yaml",
                "st", org.trustbricks.registry.testing.Scenario.VALID_ST, "certifiedConfiguration", "default", "assumptions", "keep patched")));
    }

    static void assertSeeOther(HttpResponse<String> r, String done) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/registry/scheme?done=" + done);
    }

    @Test
    void a_cb_authorises_a_laboratory_through_the_form_and_withdraws_it_again() throws Exception {
        assertThat(authorised(northgate, riverbank)).isFalse();
        assertSeeOther(post(CB, "/registry/scheme/authorisations", "labId=" + riverbank + "&schemeId=" + scheme), "authorised");
        assertThat(authorised(northgate, riverbank)).isTrue();
        HttpResponse<String> page = demo.page(CB, "GET", "/registry/scheme?done=authorised", null);
        assertThat(page.body()).contains("The laboratory is authorised for the scheme.")
                .contains("aria-label=\"Withdraw Riverbank IoT Lab for SESIP-EN17927\"");

        assertThat(request(riverbank).statusCode()).isEqualTo(201);

        assertSeeOther(post(CB, "/registry/scheme/authorisations/withdrawal", "labId=" + riverbank + "&schemeId=" + scheme), "withdrawn");
        assertThat(authorised(northgate, riverbank)).isFalse();
        HttpResponse<String> refused = request(riverbank);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("this laboratory is not authorised by this certification body");
        assertThat(authorised(alpenwacht, riverbank)).isTrue();
        assertThat(post(CB, "/registry/scheme/authorisations/withdrawal", "labId=" + riverbank + "&schemeId=" + scheme).statusCode())
                .isEqualTo(404);
    }

    @Test
    void authorisation_errors_are_shown_beside_the_fields_with_the_values_kept() throws Exception {
        HttpResponse<String> duplicate = post(CB, "/registry/scheme/authorisations", "labId=" + brightline + "&schemeId=" + scheme);
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("id=\"authorise-labId-error\">this laboratory is already authorised for SESIP-EN17927")
                .contains("aria-invalid=\"true\" aria-describedby=\"authorise-labId-error\"")
                .contains("<option value=\"" + brightline + "\" selected>Brightline Security Lab</option>");

        HttpResponse<String> notALab = post(CB, "/registry/scheme/authorisations", "labId=" + vendorOrg + "&schemeId=" + scheme);
        assertThat(notALab.statusCode()).isEqualTo(422);
        assertThat(notALab.body()).contains("id=\"authorise-labId-error\">there is no laboratory " + vendorOrg);
        assertThat(authorised(northgate, vendorOrg)).isFalse();

        HttpResponse<String> unknownScheme = post(CB, "/registry/scheme/authorisations", "labId=" + riverbank + "&schemeId=987654");
        assertThat(unknownScheme.statusCode()).isEqualTo(422);
        assertThat(unknownScheme.body()).contains("id=\"authorise-schemeId-error\">there is no scheme 987654")
                .contains("<option value=\"" + riverbank + "\" selected>Riverbank IoT Lab</option>");

        HttpResponse<String> empty = post(CB, "/registry/scheme/authorisations", "labId=&schemeId=");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains(">Choose a laboratory.</p>").contains(">Choose a scheme.</p>");
        assertThat(post(CB, "/registry/scheme/authorisations/withdrawal", "labId=x&schemeId=" + scheme).statusCode()).isEqualTo(400);
    }

    @Test
    void an_agreement_made_through_the_form_shows_on_the_certificate_page_and_in_the_api_until_it_is_ended() throws Exception {
        String sensor = demo.one("select id from certificate where product = 'Thermata S2 Room Sensor'");
        assertThat(api("/api/registry/certificates/" + sensor).get("recognisedBy").toString()).doesNotContain("Alpenwacht");
        assertThat(demo.page(ANONYMOUS, "GET", "/registry/certificates/" + sensor, null).body()).doesNotContain("recognised by Alpenwacht");

        assertSeeOther(post(OTHER_CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + northgate + "&schemeId=" + scheme + "&from=2020-01-01&until=2023-12-31"), "recognised");
        assertThat(api("/api/registry/certificates/" + sensor).get("recognisedBy").toString()).contains("Alpenwacht Zertifizierung");
        assertThat(demo.page(ANONYMOUS, "GET", "/registry/certificates/" + sensor, null).body())
                .contains("recognised by Alpenwacht Zertifizierung");
        String id = demo.one("select id::text from recognition where valid_from = date '2020-01-01'");
        assertThat(demo.page(OTHER_CB, "GET", "/registry/scheme", null).body()).contains("action=\"/registry/scheme/recognitions/" + id + "/end\"")
                .contains("id=\"end-" + id + "-until\" name=\"until\" required value=\"2023-12-31\"");
        assertThat(demo.page(CB, "GET", "/registry/scheme", null).body()).doesNotContain("/registry/scheme/recognitions/" + id + "/end");

        assertSeeOther(post(OTHER_CB, "/registry/scheme/recognitions/" + id + "/end", "until=2021-12-31"), "ended");
        assertThat(api("/api/registry/recognitions").toString()).contains("\"until\":\"2021-12-31\"");
        assertThat(api("/api/registry/certificates/" + sensor).get("recognisedBy").toString()).doesNotContain("Alpenwacht");
        assertThat(demo.page(ANONYMOUS, "GET", "/registry/certificates/" + sensor, null).body()).doesNotContain("recognised by Alpenwacht");
    }

    @Test
    void recognition_errors_are_shown_beside_the_fields_with_the_values_kept() throws Exception {
        int before = api("/api/registry/recognitions").size();
        HttpResponse<String> reversed = post(CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + alpenwacht + "&schemeId=" + scheme + "&from=2031-06-01&until=2031-01-01");
        assertThat(reversed.statusCode()).isEqualTo(422);
        assertThat(reversed.body()).contains("id=\"recognise-until-error\">until must not be before from")
                .contains("value=\"2031-06-01\"").contains("value=\"2031-01-01\"")
                .contains("<option value=\"" + alpenwacht + "\" selected>Alpenwacht Zertifizierung</option>");

        HttpResponse<String> overlapping = post(CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + alpenwacht + "&schemeId=" + scheme + "&from=2026-01-01&until=");
        assertThat(overlapping.statusCode()).isEqualTo(422);
        assertThat(overlapping.body()).contains("id=\"recognise-from-error\">agreement ").contains("already covers 2025-01-01 to 2028-12-31");

        HttpResponse<String> malformed = post(CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + brightline + "&schemeId=" + scheme + "&from=soon");
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(malformed.body()).contains("id=\"recognise-from-error\">from must be a date such as 2026-05-31")
                .contains("value=\"soon\"");

        HttpResponse<String> notACb = post(CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + brightline + "&schemeId=" + scheme + "&from=2031-01-01");
        assertThat(notACb.statusCode()).isEqualTo(422);
        assertThat(notACb.body()).contains("id=\"recognise-recognisedCbId-error\">there is no certification body " + brightline);

        HttpResponse<String> itself = post(CB, "/registry/scheme/recognitions",
                "recognisedCbId=" + northgate + "&schemeId=" + scheme + "&from=2031-01-01");
        assertThat(itself.statusCode()).isEqualTo(422);
        assertThat(itself.body()).contains("a body does not recognise itself");
        assertThat(api("/api/registry/recognitions").size()).isEqualTo(before);
    }

    @Test
    void an_agreement_is_ended_only_by_its_recognising_body_and_never_before_it_starts() throws Exception {
        String theirs = demo.one("select id::text from recognition where recognising_id = " + alpenwacht + " and valid_from = date '2024-01-01'");
        String ours = demo.one("select id::text from recognition where recognising_id = " + northgate);
        assertThat(post(CB, "/registry/scheme/recognitions/" + theirs + "/end", "until=2026-01-01").statusCode()).isEqualTo(403);
        assertThat(post(CB, "/registry/scheme/recognitions/" + theirs + "/end", "until=").statusCode()).isEqualTo(403);
        assertThat(post(CB, "/registry/scheme/recognitions/987654/end", "until=2026-01-01").statusCode()).isEqualTo(404);
        assertThat(post(CB, "/registry/scheme/recognitions/abc/end", "until=2026-01-01").statusCode()).isEqualTo(404);

        HttpResponse<String> early = post(CB, "/registry/scheme/recognitions/" + ours + "/end", "until=2024-12-31");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("id=\"end-" + ours + "-until-error\">until must not be before the agreement's first day, 2025-01-01")
                .contains("value=\"2024-12-31\"");
        HttpResponse<String> later = post(CB, "/registry/scheme/recognitions/" + ours + "/end", "until=2029-01-01");
        assertThat(later.statusCode()).isEqualTo(422);
        assertThat(later.body()).contains("it can only be ended earlier");
        assertThat(api("/api/registry/recognitions").toString()).contains("\"until\":\"2028-12-31\"");
    }

    @Test
    void the_scheme_owner_creates_a_scheme_and_sees_why_a_code_is_refused() throws Exception {
        assertSeeOther(post(SCHEME_OWNER, "/registry/scheme/schemes", "code=SESIP-PILOT&name=Pilot+scheme"), "created");
        assertThat(api("/api/registry/schemes").toString()).contains("SESIP-PILOT");
        HttpResponse<String> again = post(SCHEME_OWNER, "/registry/scheme/schemes", "code=SESIP-PILOT&name=Second+pilot");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"scheme-code-error\">a scheme with code SESIP-PILOT exists").contains("value=\"Second pilot\"");
        HttpResponse<String> bad = post(SCHEME_OWNER, "/registry/scheme/schemes", "code=bad+code!&name=");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"scheme-code-error\">").contains("id=\"scheme-name-error\">name is required");
    }

    @Test
    void other_roles_are_refused_and_anonymous_visitors_are_sent_to_sign_in() throws Exception {
        String authorise = "labId=" + riverbank + "&schemeId=" + scheme;
        String recognise = "recognisedCbId=" + northgate + "&schemeId=" + scheme + "&from=2019-01-01&until=2019-12-31";
        String ours = demo.one("select id::text from recognition where recognising_id = " + northgate);
        for (Role role : List.of(VENDOR, LAB, SCHEME_OWNER)) {
            assertThat(post(role, "/registry/scheme/authorisations", authorise).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(post(role, "/registry/scheme/authorisations/withdrawal", "labId=" + brightline + "&schemeId=" + scheme).statusCode())
                    .as(role.name()).isEqualTo(403);
            assertThat(post(role, "/registry/scheme/recognitions", recognise).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(post(role, "/registry/scheme/recognitions/" + ours + "/end", "until=2026-01-01").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(demo.page(role, "GET", "/registry/scheme", null).body()).doesNotContain("Authorise laboratory")
                    .doesNotContain("Make agreement");
        }
        for (Role role : List.of(VENDOR, LAB, CB)) {
            assertThat(post(role, "/registry/scheme/schemes", "code=X1&name=X").statusCode()).as(role.name()).isEqualTo(403);
        }
        HttpResponse<String> anonymousPage = demo.page(ANONYMOUS, "GET", "/registry/scheme", null);
        assertThat(anonymousPage.statusCode()).isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location").orElse("")).isEqualTo("/login?next=%2Fregistry%2Fscheme");
        assertThat(post(ANONYMOUS, "/registry/scheme/authorisations", authorise).statusCode()).isEqualTo(401);
        assertThat(post(ANONYMOUS, "/registry/scheme/recognitions", recognise).statusCode()).isEqualTo(401);
        assertThat(api("/api/registry/recognitions").toString()).doesNotContain("2019-01-01");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
        String cookie = demo.session(CB)[0];
        String ours = demo.one("select id::text from recognition where recognising_id = " + northgate);
        List<String[]> forms = List.of(
                new String[] {"/registry/scheme/authorisations", "labId=" + riverbank + "&schemeId=" + scheme},
                new String[] {"/registry/scheme/authorisations/withdrawal", "labId=" + brightline + "&schemeId=" + scheme},
                new String[] {"/registry/scheme/recognitions", "recognisedCbId=" + alpenwacht + "&schemeId=" + scheme + "&from=2018-01-01&until=2018-12-31"},
                new String[] {"/registry/scheme/recognitions/" + ours + "/end", "until=2026-01-01"},
                new String[] {"/registry/scheme/recognitions", "_csrf=forged&recognisedCbId=" + alpenwacht + "&schemeId=" + scheme + "&from=2018-01-01"});
        for (String[] f : forms) {
            HttpResponse<String> r = TestServer.send(demo.server.request(f[0]).header("Cookie", cookie).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(f[1])).build());
            assertThat(r.statusCode()).as(f[0]).isEqualTo(403);
            assertThat(r.body()).contains("the form has expired or did not come from this site");
        }
        assertThat(authorised(northgate, riverbank)).isFalse();
        assertThat(authorised(northgate, brightline)).isTrue();
        String recognitions = api("/api/registry/recognitions").toString();
        assertThat(recognitions).doesNotContain("2018-01-01").contains("\"until\":\"2028-12-31\"");
    }
}
