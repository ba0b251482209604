package org.trustbricks.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.TestServer;

/** Two server instances on one PostgreSQL share sessions: what one creates, the other honours. */
class SessionAcrossInstancesTest {

    @Test
    void a_session_created_on_one_instance_is_valid_on_the_other_and_sign_out_ends_it_everywhere() {
        try (Database db = TestDatabase.fresh();
             TestServer a = TestServer.startOn(db);
             TestServer b = TestServer.startOn(db)) {
            var accounts = a.services().accounts();
            long org = accounts.ensureOrganisation("Two Instances CB", OrganisationKind.CERTIFICATION_BODY);
            accounts.createUser("cb@two.example", "Cora", "a strong pass phrase", org);

            Forms.Login login = Forms.login(a, "cb@two.example", "a strong pass phrase");
            assertThat(login.response().statusCode()).isEqualTo(302);

            HttpResponse<String> onB = b.get("/api/session", "Cookie", login.cookie());
            assertThat(onB.body()).contains("\"authenticated\":true").contains("cb@two.example");

            String csrf = Forms.csrfFrom(b.get("/", "Cookie", login.cookie(), "Accept", "text/html").body());
            var out = TestServer.send(b.request("/logout").header("Cookie", login.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build());
            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(a.get("/api/session", "Cookie", login.cookie()).body()).contains("\"authenticated\":false");
        }
    }
}
