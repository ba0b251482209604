package org.trustbricks.web.registry;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.testing.TestServer;

/**
 * A real server over a database seeded with the demo scheme, with an API token and (on demand) a signed-in
 * session for one person in each role.
 */
final class DemoServer implements AutoCloseable {

    static final String PASSWORD = "demo password for tests";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("tb_session=([^;]*)");

    /** The seven viewpoints every route is checked from. */
    enum Role {
        ANONYMOUS(null), VENDOR("thermata"), OTHER_VENDOR("vendor"), LAB("lab"), CB("cb"), OTHER_CB("cb2"), SCHEME_OWNER("owner");

        final String login;

        Role(String login) {
            this.login = login;
        }

        String email() {
            return login + "@" + DemoData.DOMAIN;
        }
    }

    final Database db;
    final TestServer server;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, String[]> sessions = new EnumMap<>(Role.class);

    DemoServer() {
        db = TestDatabase.fresh();
        KeyEncryptionKey kek = KeyEncryptionKey.random();
        KeyEncryptionKeys.bind(db.jdbi(), kek);
        DemoData.seedIfFresh(db.jdbi(), CbKeys.using(db.jdbi(), kek), PASSWORD);
        server = TestServer.startOn(db);
        Accounts accounts = Accounts.using(db.jdbi());
        for (Role r : Role.values()) {
            if (r.login != null) {
                var user = accounts.list().stream().filter(u -> u.email().equals(r.email())).findFirst().orElseThrow();
                tokens.put(r, ApiTokens.using(db.jdbi()).create(user, "tests").token());
            }
        }
    }

    /** An id from the database. */
    String one(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    /** Sends an API request as the role (bearer token), with an optional JSON body. */
    HttpResponse<String> api(Role role, String method, String path, String json) {
        HttpRequest.Builder b = server.request(path).header("Accept", "application/json");
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        if (role != Role.ANONYMOUS) {
            b.header("Authorization", "Bearer " + tokens.get(role));
        }
        return TestServer.send(b.build());
    }

    /** Sends a page request as the role (session cookie and CSRF token), with an optional form body. */
    HttpResponse<String> page(Role role, String method, String path, String form) {
        HttpRequest.Builder b = server.request(path).header("Accept", "text/html");
        if (role != Role.ANONYMOUS) {
            String[] s = session(role);
            b.header("Cookie", s[0]).header("X-CSRF-Token", s[1]);
        }
        if (form == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return TestServer.send(b.build());
    }

    /** Cookie and CSRF token of a signed-in session for the role, made through the real sign-in form. */
    synchronized String[] session(Role role) {
        return sessions.computeIfAbsent(role, r -> {
            HttpResponse<String> form = server.get("/login", "Accept", "text/html");
            String cookie = cookie(form);
            String csrf = csrf(form.body());
            HttpResponse<String> in = TestServer.send(server.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf) + "&email=" + enc(r.email())
                            + "&password=" + enc(PASSWORD) + "&next=%2F")).build());
            String signedIn = cookie(in);
            HttpResponse<String> page = TestServer.send(server.request("/account/tokens").header("Cookie", signedIn)
                    .header("Accept", "text/html").GET().build());
            return new String[] {signedIn, csrf(page.body())};
        });
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String cookie(HttpResponse<?> r) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(h);
            if (m.find() && !m.group(1).isEmpty()) {
                return "tb_session=" + m.group(1);
            }
        }
        throw new AssertionError("no session cookie in answer " + r.statusCode());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page");
        }
        return m.group(1);
    }

    @Override
    public void close() {
        server.close();
        KeyEncryptionKeys.unbind(db.jdbi());
        db.close();
    }
}
