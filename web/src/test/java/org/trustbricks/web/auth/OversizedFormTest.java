package org.trustbricks.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

/**
 * A multipart form is read while checking its CSRF field, before any route's own limit: a form larger than the
 * server accepts is refused there with 413, whether the client announces its length or streams it in chunks.
 */
class OversizedFormTest {

    private static final String BOUNDARY = "oversized-form-boundary";
    static TestServer server;
    static String cookie;
    static String csrf;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var accounts = server.services().accounts();
        accounts.createUser("olga@vendor.example", "Olga", "the right password",
                accounts.ensureOrganisation("Oversized Vendor", OrganisationKind.VENDOR));
        cookie = Logins.cookie(server, "olga@vendor.example", "the right password");
        csrf = Logins.csrf(server, cookie);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_oversized_multipart_form_with_a_valid_csrf_field_is_refused_with_a_413_problem() {
        var r = post(HttpRequest.BodyPublishers.ofByteArray(form(WebServer.MAX_REQUEST_BYTES + 64 * 1024)), "application/json");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertStillSignedIn();
    }

    @Test
    void an_oversized_multipart_form_streamed_without_a_length_is_refused_with_a_413_page() {
        byte[] body = form(WebServer.MAX_REQUEST_BYTES + 64 * 1024);
        var r = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "text/html");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Content Too Large").doesNotContain("\tat ");
        assertStillSignedIn();
    }

    @Test
    void a_multipart_form_within_the_limit_is_read() {
        var r = post(HttpRequest.BodyPublishers.ofByteArray(form(1024)), "text/html");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(server.get("/api/session", "Cookie", cookie).body()).contains("\"authenticated\":false");
        cookie = Logins.cookie(server, "olga@vendor.example", "the right password");
        csrf = Logins.csrf(server, cookie);
    }

    /** Signing out is the simplest form that takes no file: reaching it means the oversized body was accepted. */
    private static HttpResponse<String> post(HttpRequest.BodyPublisher body, String accept) {
        return TestServer.send(server.request("/logout").header("Cookie", cookie).header("Accept", accept)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).expectContinue(true).POST(body).build());
    }

    private static void assertStillSignedIn() {
        assertThat(server.get("/api/session", "Cookie", cookie).body()).contains("\"authenticated\":true");
    }

    private static byte[] form(long fileBytes) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[(int) fileBytes]);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
