package org.trustbricks.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

class LoginTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var accounts = server.services().accounts();
        long org = accounts.ensureOrganisation("Login Vendor", OrganisationKind.VENDOR);
        accounts.createUser("vera@vendor.example", "Vera", "the right password", org);
        accounts.createUser("throttled@vendor.example", "T", "the right password", org);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signing_in_sets_an_httponly_samesite_session_cookie_and_redirects_to_a_local_path_only() {
        var form = server.get("/login?next=//evil.example/x", "Accept", "text/html");
        String cookie = Forms.sessionCookie(form);
        String csrf = Forms.csrfFrom(form.body());
        assertThat(form.body()).contains("name=\"next\" value=\"/\"");
        var r = Forms.post(server, "/login", cookie, "_csrf=" + Forms.enc(csrf)
                + "&email=vera%40vendor.example&password=the+right+password&next=%2F%2Fevil.example");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).contains("/");
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("tb_session=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        var r = Forms.login(server, "vera@vendor.example", "wrong").response();
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("do not match an account");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        var form = server.get("/login", "Accept", "text/html");
        var r = Forms.post(server, "/login", Forms.sessionCookie(form),
                "email=vera%40vendor.example&password=the+right+password");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("reload the page");
    }

    @Test
    void repeated_failures_for_one_account_block_further_attempts() {
        for (int i = 0; i < 5; i++) {
            assertThat(Forms.login(server, "throttled@vendor.example", "nope " + i).response().statusCode()).isEqualTo(401);
        }
        var blocked = Forms.login(server, "throttled@vendor.example", "the right password").response();
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed sign-ins");
    }

    @Test
    void the_session_api_says_who_is_signed_in() {
        assertThat(server.get("/api/session").body()).contains("\"authenticated\":false");
        var login = Forms.login(server, "vera@vendor.example", "the right password");
        assertThat(server.get("/api/session", "Cookie", login.cookie()).body())
                .contains("\"authenticated\":true").contains("\"role\":\"VENDOR\"").contains("Login Vendor");
    }

    @Test
    void a_malformed_multipart_form_from_a_session_is_a_400_not_a_500() {
        var login = Forms.login(server, "vera@vendor.example", "the right password");
        var r = TestServer.send(server.request("/logout").header("Cookie", login.cookie())
                .header("Content-Type", "multipart/form-data; boundary=zzz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--zzz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nbroken"))
                .build());
        assertThat(r.statusCode()).isIn(400, 403);
        assertThat(r.body()).doesNotContain("\tat ");
    }
}
