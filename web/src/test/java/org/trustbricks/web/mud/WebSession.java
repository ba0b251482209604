package org.trustbricks.web.mud;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** A browser-like session over HTTP: signs in with the real form, keeps the cookie, sends the CSRF token with forms. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tb_session=([^;]*)");

    private final TestServer server;
    private String cookie;
    private String csrf;

    private WebSession(TestServer server) {
        this.server = server;
    }

    /** A new member of a new organisation of the given kind, signed in. */
    static WebSession signIn(TestServer server, String organisation, OrganisationKind kind, String email) {
        var accounts = server.services().accounts();
        accounts.createUser(email, "Member of " + organisation, "a long test password", accounts.ensureOrganisation(organisation, kind));
        WebSession s = new WebSession(server);
        HttpResponse<String> form = server.get("/login", "Accept", "text/html");
        s.takeCookie(form);
        s.csrf = csrf(form.body());
        HttpResponse<String> r = s.post("/login", "email=" + enc(email) + "&password=" + enc("a long test password") + "&next=%2Fmud");
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new AssertionError("sign-in failed: " + r.statusCode());
        }
        s.takeCookie(r);
        s.csrf = csrf(s.get("/mud").body());
        return s;
    }

    HttpResponse<String> get(String path) {
        return TestServer.send(server.request(path).header("Accept", "text/html").header("Cookie", cookie).GET().build());
    }

    /** Posts a urlencoded form with the session's CSRF token. */
    HttpResponse<String> post(String path, String form) {
        String body = "_csrf=" + enc(csrf) + (form.isEmpty() ? "" : "&" + form);
        HttpRequest.Builder b = server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return TestServer.send(b.build());
    }

    /** Posts a multipart form with one file field and text fields, with the session's CSRF token. */
    HttpResponse<String> postMultipart(String path, String fileField, byte[] file, String... fields) {
        String boundary = "----tb" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> w = t -> out.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n");
        }
        w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"mud.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n");
        out.writeBytes(file);
        w.accept("\r\n--" + boundary + "--\r\n");
        return TestServer.send(server.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void takeCookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(h);
            if (m.find() && !m.group(1).isEmpty()) {
                cookie = "tb_session=" + m.group(1);
            }
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
