package org.trustbricks.web.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the real form and reads CSRF tokens, for tests in any package. */
public final class Logins {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tb_session=([^;]*)");

    private Logins() {
    }

    /** The session cookie ({@code tb_session=…}) of a successful sign-in; fails the test otherwise. */
    public static String cookie(TestServer server, String email, String password) {
        HttpResponse<String> form = server.get("/login", "Accept", "text/html");
        String anonymous = sessionCookie(form);
        String body = "_csrf=" + enc(csrfFrom(form.body())) + "&email=" + enc(email) + "&password=" + enc(password) + "&next=%2F";
        HttpResponse<String> r = TestServer.send(server.request("/login").header("Cookie", anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String cookie = sessionCookie(r);
        if (r.statusCode() != 302 || cookie == null) {
            throw new AssertionError("sign-in failed for " + email + ": " + r.statusCode());
        }
        return cookie;
    }

    /** The CSRF token of the session behind the cookie (read from a page's form). */
    public static String csrf(TestServer server, String cookie) {
        return csrfFrom(server.get("/", "Cookie", cookie, "Accept", "text/html").body());
    }

    /** The CSRF token in a page. */
    public static String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page");
        }
        return m.group(1);
    }

    private static String sessionCookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(h);
            if (m.find() && !m.group(1).isEmpty()) {
                return "tb_session=" + m.group(1);
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
