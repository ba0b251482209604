package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.mud.MudClient.api;
import static org.trustbricks.web.mud.MudClient.expect;

import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.TestServer;

/** Two instances over one database: a publication made on one is served by the other, and so is its replacement. */
class MudCrossInstanceTest {

    @Test
    void a_publication_on_one_instance_reaches_the_memory_of_the_other() throws Exception {
        try (Database db = TestDatabase.fresh(); TestServer a = TestServer.startOn(db); TestServer b = TestServer.startOn(db)) {
            MudServers.bindKey(db);
            MudClient onA = MudClient.member(a, "Aperture", OrganisationKind.VENDOR);
            MudClient anonymousOnB = MudClient.anonymous(b);
            assertThat(anonymousOnB.get("/mud/aperture/turret.json").statusCode()).isEqualTo(404);
            String etag1 = onA.publishThermostat("aperture", "turret").get("etag").asText();
            HttpResponse<String> first = awaitOn(anonymousOnB, r -> r.statusCode() == 200);
            assertThat(first.headers().firstValue("ETag")).hasValue(etag1);
            expect(onA.postJson(api("aperture") + "/models/turret/build", MudClient.THERMOSTAT.replace("api.acme.example", "cake.aperture.example")), 201);
            String etag2 = expect(onA.post(api("aperture") + "/models/turret/versions/2/publish", "application/json", new byte[0]), 200)
                    .body().replaceAll(".*\"etag\":\"(\\\\\"[^\\\\]+\\\\\")\".*", "$1").replace("\\\"", "\"");
            HttpResponse<String> second = awaitOn(anonymousOnB, r -> r.body().contains("cake.aperture.example"));
            assertThat(second.headers().firstValue("ETag")).hasValue(etag2).isNotEqualTo(etag1);
        }
    }

    /** Polls B until the condition holds (the change travels by PostgreSQL NOTIFY); fails after 20 s. */
    private static HttpResponse<String> awaitOn(MudClient client, Predicate<HttpResponse<String>> condition) throws InterruptedException {
        HttpResponse<String> last = null;
        for (int i = 0; i < 200; i++) {
            last = client.get("/mud/aperture/turret.json");
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("instance B never served the change; last answer " + (last == null ? "none" : last.statusCode()));
    }
}
