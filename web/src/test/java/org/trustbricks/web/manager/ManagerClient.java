package org.trustbricks.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

/** Calls the MUD manager routes of a real server, anonymously or as a signed-in person (cookie + CSRF header). */
final class ManagerClient {

    static final String SITE = resource("/manager/site.yaml");
    static final String BULB = resource("/manager/bulb-2000.json");

    private final TestServer server;
    private final String cookie;
    private final String csrf;
    private final String email;

    private ManagerClient(TestServer server, String cookie, String csrf, String email) {
        this.server = server;
        this.cookie = cookie;
        this.csrf = csrf;
        this.email = email;
    }

    static ManagerClient anonymous(TestServer server) {
        return new ManagerClient(server, null, null, null);
    }

    /** A new member of the scheme owner: one of the platform's administrators. */
    static ManagerClient administrator(TestServer server) {
        return person(server, "Scheme Owner", OrganisationKind.SCHEME_OWNER);
    }

    /** The same session on another instance (sessions live in the database). */
    ManagerClient on(TestServer other) {
        return new ManagerClient(other, cookie, csrf, email);
    }

    String email() {
        return email;
    }

    /** A new member of a laboratory (any role may use the manager), signed in through the real form. */
    static ManagerClient signedIn(TestServer server) {
        return person(server, "Network Lab", OrganisationKind.LABORATORY);
    }

    private static ManagerClient person(TestServer server, String organisation, OrganisationKind kind) {
        var accounts = server.services().accounts();
        long org = accounts.ensureOrganisation(organisation, kind);
        String email = "admin" + System.nanoTime() + "@example.org";
        accounts.createUser(email, "Network Admin", "correct horse battery staple", org);
        String cookie = Logins.cookie(server, email, "correct horse battery staple");
        return new ManagerClient(server, cookie, Logins.csrf(server, cookie), email);
    }

    HttpResponse<String> delete(String path) {
        HttpRequest.Builder b = server.request(path).DELETE();
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return TestServer.send(b.build());
    }

    HttpResponse<String> getJson(String path) {
        HttpRequest.Builder b = server.request(path).header("Accept", "application/json").GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return TestServer.send(b.build());
    }

    /** A urlencoded form post (page forms), with the session's CSRF token. */
    HttpResponse<String> form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        fields.forEach((k, v) -> body.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    String cookie() {
        return cookie;
    }

    String csrf() {
        return csrf;
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    /**
     * Large bodies ask first (Expect: 100-continue), as careful clients do, so that a refusal sent before the body is
     * read reaches the client instead of a connection closed under it.
     */
    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = server.request(path).header("Content-Type", contentType)
                .expectContinue(body.contentLength() > 1_000_000).POST(body);
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return TestServer.send(b.build());
    }

    HttpResponse<String> get(String path) {
        return cookie == null ? server.get(path, "Accept", "text/html") : server.get(path, "Accept", "text/html", "Cookie", cookie);
    }

    /** A multipart upload of captures (name, bytes) with text fields. */
    HttpResponse<String> upload(String path, List<Map.Entry<String, byte[]>> captures, Map<String, String> fields) {
        String boundary = "tb" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (var c : captures) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"capture\"; filename=\"" + c.getKey()
                    + "\"\r\nContent-Type: application/vnd.tcpdump.pcap\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(c.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static String compileBody(String format) {
        return "{\"mudFiles\": [" + BULB + "], \"site\": " + quote(SITE) + ", \"format\": \"" + format + "\"}";
    }

    static String quote(String s) {
        return Json.mapper().valueToTree(s).toString();
    }

    private static String resource(String name) {
        try (InputStream in = ManagerClient.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
