package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.mud.MudClient.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** Every MUD route answers each kind of caller as the ownership rules say: checked on the server for every route. */
class MudAuthorizationTest {

    private static TestServer server;
    private static Map<String, MudClient> callers;

    @BeforeAll
    static void start() {
        server = MudServers.start();
        MudClient owner = MudClient.member(server, "Stark Devices", OrganisationKind.VENDOR);
        owner.publishThermostat("stark", "suit");
        owner.postJson(api("stark") + "/models/draft/build", MudClient.THERMOSTAT);
        callers = Map.of(
                "anonymous", MudClient.anonymous(server),
                "owner", owner,
                "other vendor", MudClient.member(server, "Wayne Devices", OrganisationKind.VENDOR),
                "scheme owner", MudClient.member(server, "Scheme Owner", OrganisationKind.SCHEME_OWNER),
                "laboratory", MudClient.member(server, "Lab One", OrganisationKind.LABORATORY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Route(String name, Function<MudClient, Integer> call, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> statuses(int anonymous, int owner, int otherVendor, int schemeOwner, int lab) {
        return Map.of("anonymous", anonymous, "owner", owner, "other vendor", otherVendor, "scheme owner", schemeOwner, "laboratory", lab);
    }

    @Test
    void each_route_answers_each_caller_as_the_ownership_rules_say() {
        String model = api("stark") + "/models/suit";
        List<Route> routes = List.of(
                new Route("GET hosted file", c -> c.get("/mud/stark/suit.json").statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("GET hosted signature", c -> c.get("/mud/stark/suit.p7s").statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("GET device page", c -> c.get("/mud/stark/suit").statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("GET unpublished device page", c -> c.get("/mud/stark/draft").statusCode(), statuses(404, 200, 404, 200, 404)),
                new Route("GET manufacturer page", c -> c.get("/mud/stark").statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("POST validate", c -> c.postJson("/api/mud/validate", "{}").statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("GET manufacturers", c -> c.get("/api/mud/manufacturers").statusCode(), statuses(401, 200, 200, 200, 200)),
                new Route("POST manufacturers", c -> c.postJson("/api/mud/manufacturers", "{\"name\": \"N" + System.nanoTime() + "\"}").statusCode(),
                        statuses(401, 201, 201, 403, 403)),
                new Route("GET manufacturer", c -> c.get(api("stark")).statusCode(), statuses(401, 200, 403, 200, 403)),
                new Route("GET signer", c -> c.get(api("stark") + "/signer").statusCode(), statuses(401, 200, 403, 200, 403)),
                new Route("GET models", c -> c.get(api("stark") + "/models").statusCode(), statuses(401, 200, 403, 200, 403)),
                new Route("GET published model", c -> c.get(model).statusCode(), statuses(200, 200, 200, 200, 200)),
                new Route("GET unpublished model", c -> c.get(api("stark") + "/models/draft").statusCode(), statuses(404, 200, 404, 200, 404)),
                new Route("GET version", c -> c.get(model + "/versions/1").statusCode(), statuses(401, 200, 403, 200, 403)),
                new Route("GET version file", c -> c.get(model + "/versions/1/file").statusCode(), statuses(401, 200, 403, 200, 403)),
                new Route("POST build", c -> c.postJson(model + "/build", MudClient.THERMOSTAT).statusCode(), statuses(401, 201, 403, 403, 403)),
                new Route("POST upload", c -> c.post(model + "/upload", "application/mud+json", "{}".getBytes()).statusCode(),
                        statuses(401, 422, 403, 403, 403)),
                new Route("POST publish", c -> c.post(model + "/versions/1/publish", "application/json", new byte[0]).statusCode(),
                        statuses(401, 200, 403, 403, 403)),
                new Route("POST device certificate", c -> c.postJson(model + "/device-certificate", "{}").statusCode(),
                        statuses(401, 400, 403, 403, 403)),
                new Route("POST signer", c -> c.postJson(api("stark") + "/signer", "{\"mode\": \"nonsense\"}").statusCode(),
                        statuses(401, 400, 403, 403, 403)));
        List<String> wrong = new ArrayList<>();
        for (Route r : routes) {
            for (var caller : List.of("anonymous", "owner", "other vendor", "scheme owner", "laboratory")) {
                int got = r.call().apply(callers.get(caller));
                if (got != r.expected().get(caller)) {
                    wrong.add(r.name() + " as " + caller + ": expected " + r.expected().get(caller) + ", got " + got);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_revoked_or_unknown_api_token_is_refused_even_on_public_routes_that_read_the_caller() {
        var r = TestServer.send(server.request(api("stark")).header("Authorization", "Bearer tbk_unknown").GET().build());
        assertThat(r.statusCode()).isEqualTo(401);
    }
}
