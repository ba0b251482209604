package org.trustbricks.web.mud;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.TestServer;

/** Drives the MUD API of a real test server over HTTP as one caller (an API token, or anonymous). */
final class MudClient {

    static final String THERMOSTAT = """
            {"model": "Thermostat T1", "systemInfo": "ACME Thermostat T1", "cacheValidityHours": 24,
             "rules": [{"target": "CLOUD", "value": "api.acme.example", "protocol": "TCP", "port": 443, "initiator": "DEVICE"},
                       {"target": "LOCAL_NETWORK", "protocol": "UDP", "port": 5353, "initiator": "EITHER"}]}""";

    private final TestServer server;
    private final String token;

    private MudClient(TestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    static MudClient anonymous(TestServer server) {
        return new MudClient(server, null);
    }

    /** A new user in a (new or existing) organisation of the given kind, calling with an API token. */
    static MudClient member(TestServer server, String organisation, OrganisationKind kind) {
        var accounts = server.services().accounts();
        long org = accounts.ensureOrganisation(organisation, kind);
        String email = organisation.toLowerCase().replaceAll("[^a-z]", "") + System.nanoTime() + "@example.org";
        User user = accounts.createUser(email, "Tester of " + organisation, "correct horse battery staple", org);
        return new MudClient(server, ApiTokens.using(server.services().database().jdbi()).create(user, "tests").token());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> head(String path, String... headers) {
        return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** Registers a manufacturer, generates its signer, builds version 1 of a model and publishes it. */
    JsonNode publishThermostat(String manufacturer, String model) {
        expect(postJson("/api/mud/manufacturers", "{\"name\": \"" + manufacturer + "\", \"slug\": \"" + manufacturer + "\"}"), 201);
        expect(postJson(api(manufacturer) + "/signer", "{\"mode\": \"generate\"}"), 201);
        expect(postJson(api(manufacturer) + "/models/" + model + "/build", THERMOSTAT), 201);
        return json(expect(post(api(manufacturer) + "/models/" + model + "/versions/1/publish", "application/json", new byte[0]), 200));
    }

    static String api(String manufacturer) {
        return "/api/mud/manufacturers/" + manufacturer;
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + r.statusCode() + " from " + r.request().method()
                    + " " + r.uri() + ": " + r.body());
        }
        return r;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = server.request(path);
        if (headers.length > 0) {
            b.headers(headers);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        return TestServer.send(b.build());
    }
}
