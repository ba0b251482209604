package org.trustbricks.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's HTTP client for a running platform: people sign in through the real sign-in form and then call the JSON
 * API with their session cookie and CSRF token; devices call without an account.
 */
final class PlatformClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COOKIE = Pattern.compile("tb_session=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PlatformClient(String base) {
        this.base = base;
    }

    /**
     * A client for the platform at {@code url}. A loopback address is reached as {@code localhost}: a platform without an
     * https public URL names its hosted MUD files {@code https://localhost:PORT/…}, and it reads them from its own
     * database only when the onboarding request reaches it under that same host and port.
     */
    static PlatformClient at(String url) {
        String b = url.strip().replaceAll("/+$", "");
        b = b.replaceFirst("^(https?://)(127\\.0\\.0\\.1|\\[::1])(?=[:/]|$)", "$1localhost");
        return new PlatformClient(b);
    }

    /** The base URL requests go to. */
    String base() {
        return base;
    }

    /** A person signed in: session cookie, CSRF token, organisation and role. */
    record Session(String email, String cookie, String csrf, String organisation, String role) {
    }

    /** A reply: status and JSON body (a text node when the body is not JSON). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        String detail() {
            JsonNode d = body.path("detail");
            return d.isTextual() ? d.asText() : body.toString();
        }
    }

    /** Signs in through the sign-in form. */
    Session signIn(String email, String password) throws DemoFailedException {
        HttpResponse<String> form = send(request("/login").header("Accept", "text/html").GET());
        String anonymous = cookie(form);
        String csrf = csrf(form.body());
        if (anonymous == null || csrf == null) {
            throw DemoFailedException.because(base + "/login did not offer a sign-in form (HTTP " + form.statusCode()
                    + "); is this a TrustBricks platform?");
        }
        String body = "_csrf=" + enc(csrf) + "&email=" + enc(email) + "&password=" + enc(password) + "&next=%2Faccount%2Ftokens";
        HttpResponse<String> in = send(request("/login").header("Cookie", anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        String cookie = in.statusCode() / 100 == 3 ? cookie(in) : null;
        if (cookie == null) {
            throw DemoFailedException.because("signing in as " + email + " failed (HTTP " + in.statusCode()
                    + "); give the demo accounts' password with --password-env, or check " + DemoCredentials.FILE);
        }
        HttpResponse<String> page = send(request("/account/tokens").header("Cookie", cookie).header("Accept", "text/html").GET());
        Reply who = get("/api/session", new Session(email, cookie, "", "", ""));
        JsonNode user = who.body().path("user");
        return new Session(email, cookie, csrf(page.body()), user.path("organisation").asText(), user.path("role").asText());
    }

    /** GET, as the person when one is given. */
    Reply get(String path, Session as) throws DemoFailedException {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").GET();
        return reply(send(as == null ? b : b.header("Cookie", as.cookie())));
    }

    /** A JSON request with a body (null sends none), as the person when one is given. */
    Reply send(String method, String path, Session as, Object body) throws DemoFailedException {
        String json;
        try {
            json = body == null ? "" : body instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw DemoFailedException.because("could not write a request body: " + e.getOriginalMessage());
        }
        HttpRequest.Builder b = request(path).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (as != null) {
            b.header("Cookie", as.cookie()).header("X-CSRF-Token", as.csrf());
        }
        return reply(send(b));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws DemoFailedException {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw DemoFailedException.because("no TrustBricks server answers at " + base
                    + "; start one with `trustbricks serve` or pass --url");
        } catch (IOException e) {
            throw DemoFailedException.because("talking to " + base + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DemoFailedException.because("interrupted while talking to " + base);
        }
    }

    private static Reply reply(HttpResponse<String> r) {
        JsonNode body;
        try {
            body = JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
        } catch (IOException e) {
            body = JSON.getNodeFactory().textNode(r.body());
        }
        return new Reply(r.statusCode(), body);
    }

    private static String cookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(h);
            if (m.find() && !m.group(1).isEmpty()) {
                return "tb_session=" + m.group(1);
            }
        }
        return null;
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
