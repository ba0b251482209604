package org.trustbricks.web.mud.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.mud.MudServers;
import org.trustbricks.web.testing.TestServer;

/**
 * For bench/mud/hosting.sh: starts a real server over a fresh embedded PostgreSQL, publishes one MUD file through the
 * API, writes the published bytes to {@code DIR/mud/acme/t1.json} and the port to {@code DIR/port}, then serves until
 * {@code DIR/stop} appears.
 */
public final class HostingBenchServer {

    private HostingBenchServer() {
    }

    /** Usage: HostingBenchServer DIR. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (TestServer server = MudServers.start()) {
            var accounts = server.services().accounts();
            User u = accounts.createUser("bench@acme.example", "Bench", "correct horse battery staple",
                    accounts.ensureOrganisation("Acme", OrganisationKind.VENDOR));
            String token = ApiTokens.using(server.services().database().jdbi()).create(u, "bench").token();
            call(server, token, "/api/mud/manufacturers", "{\"name\": \"Acme\", \"slug\": \"acme\"}");
            call(server, token, "/api/mud/manufacturers/acme/signer", "{\"mode\": \"generate\"}");
            call(server, token, "/api/mud/manufacturers/acme/models/t1/build", """
                    {"model": "Thermostat T1", "rules": [
                      {"target": "CLOUD", "value": "api.acme.example", "protocol": "TCP", "port": 443, "initiator": "DEVICE"},
                      {"target": "CLOUD", "value": "time.acme.example", "protocol": "UDP", "port": 123, "initiator": "DEVICE"},
                      {"target": "LOCAL_NETWORK", "protocol": "UDP", "port": 5353, "initiator": "EITHER"},
                      {"target": "CONTROLLER", "value": "urn:ietf:params:mud:dns", "protocol": "UDP", "port": 53, "initiator": "DEVICE"}]}""");
            call(server, token, "/api/mud/manufacturers/acme/models/t1/versions/1/publish", "");
            byte[] body = TestServer.send(server.request("/mud/acme/t1.json").GET().build()).body()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.createDirectories(dir.resolve("mud/acme"));
            Files.write(dir.resolve("mud/acme/t1.json"), body);
            Files.writeString(dir.resolve("port"), String.valueOf(server.server().port()));
            while (!Files.exists(dir.resolve("stop"))) {
                Thread.sleep(200);
            }
        }
    }

    private static void call(TestServer server, String token, String path, String json) {
        var r = TestServer.send(server.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
