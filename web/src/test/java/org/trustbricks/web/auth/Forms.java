package org.trustbricks.web.auth;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.web.testing.TestServer;

/** Drives the real sign-in form over HTTP, as a browser would. */
final class Forms {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tb_session=([^;]*)");

    record Login(HttpResponse<String> response, String cookie) {
    }

    private Forms() {
    }

    static String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page");
        }
        return m.group(1);
    }

    static String sessionCookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(h);
            if (m.find() && !m.group(1).isEmpty()) {
                return "tb_session=" + m.group(1);
            }
        }
        return null;
    }

    static Login login(TestServer server, String email, String password) {
        HttpResponse<String> form = server.get("/login", "Accept", "text/html");
        String cookie = sessionCookie(form);
        String csrf = csrfFrom(form.body());
        HttpResponse<String> r = post(server, "/login", cookie, "_csrf=" + enc(csrf) + "&email=" + enc(email)
                + "&password=" + enc(password) + "&next=%2F");
        String after = sessionCookie(r);
        return new Login(r, after != null ? after : cookie);
    }

    static HttpResponse<String> post(TestServer server, String path, String cookie, String form) {
        HttpRequest.Builder b = server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return TestServer.send(b.build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
