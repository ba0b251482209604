package org.trustbricks.web.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.attestation.VerifierWorld.challenge;
import static org.trustbricks.web.attestation.VerifierWorld.evidence;
import static org.trustbricks.web.attestation.VerifierWorld.json;
import static org.trustbricks.web.attestation.VerifierWorld.provision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.TestServer;

/** Two verifier instances on one PostgreSQL: endorsements changed through one are used by the other; nonces cross over. */
class TwoInstancesTest {

    @Test
    void endorsements_provisioned_through_instance_a_are_used_by_instance_b_and_removal_too() {
        try (Database db = TestDatabase.fresh(); TestServer a = TestServer.startOn(db); TestServer b = TestServer.startOn(db)) {
            VerifierWorld.Member vendor = VerifierWorld.member(a.services(), "Two Instance Vendor", OrganisationKind.VENDOR);
            TestDevice d = TestDevice.of("two instances");

            JsonNode before = json(evidence(b, d.token(challenge(b)))).path("result");
            assertThat(before.path("trustVector").path("hardware").asInt()).as("not yet endorsed on B").isEqualTo(97);

            assertThat(provision(a, vendor, d.endorsementJson(null)).statusCode()).isEqualTo(200);
            VerifierWorld.awaitCurrent(b);
            JsonNode after = json(evidence(b, d.token(challenge(b))));
            assertThat(after.path("verdict").asText()).as(after.toString()).isEqualTo("ADMITTED");

            var removed = org.trustbricks.web.testing.TestServer.send(a.request("/api/attestation/endorsements/"
                    + HexFormat.of().formatHex(d.implementationId())).header("Authorization", vendor.bearer()).DELETE().build());
            assertThat(removed.statusCode()).isEqualTo(204);
            VerifierWorld.awaitCurrent(b);
            assertThat(json(evidence(b, d.token(challenge(b)))).path("verdict").asText()).isEqualTo("REJECTED");
        }
    }

    @Test
    void a_nonce_issued_by_one_instance_is_consumed_by_the_other_exactly_once_and_both_sign_with_one_key() {
        try (Database db = TestDatabase.fresh(); TestServer a = TestServer.startOn(db); TestServer b = TestServer.startOn(db)) {
            assertThat(a.get("/api/attestation/verifier-key").body()).isEqualTo(b.get("/api/attestation/verifier-key").body());
            VerifierWorld.Member vendor = VerifierWorld.member(a.services(), "Nonce Vendor", OrganisationKind.VENDOR);
            TestDevice d = TestDevice.of("nonces");
            assertThat(provision(a, vendor, d.endorsementJson(null)).statusCode()).isEqualTo(200);
            VerifierWorld.awaitCurrent(b);

            byte[] token = d.token(challenge(a));
            assertThat(json(evidence(b, token)).path("verdict").asText()).isEqualTo("ADMITTED");
            JsonNode replay = json(evidence(a, token));
            assertThat(replay.path("result").path("nonceStatus").asText()).isEqualTo("ALREADY_USED");
        }
    }
}
