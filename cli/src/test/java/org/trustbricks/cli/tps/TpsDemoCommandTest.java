package org.trustbricks.cli.tps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.cli.CliRun;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.web.testing.TestServer;

/** {@code trustbricks tps demo} against a real running server: with and without a vendor token, and with no server. */
class TpsDemoCommandTest {

    private static TestServer server;
    private static String vendorToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var accounts = server.services().accounts();
        long org = accounts.ensureOrganisation("Demo Vendor", OrganisationKind.VENDOR);
        User u = accounts.createUser("demo@vendor.example", "Dee", "a long enough pass phrase", org);
        vendorToken = ApiTokens.using(server.services().database().jdbi()).create(u, "demo").token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void with_a_vendor_token_the_device_provisions_itself_and_is_admitted_with_a_verified_ear() {
        CliRun r = CliRun.of("tps", "demo", "--url", server.url(), "--token", vendorToken);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Services discovered through the TPS Client API")
                .contains("Provisioned the demo platform's endorsement")
                .contains("Verdict: ADMITTED")
                .contains("the EAR's signature verifies with the verifier's published key")
                .contains("self-asserted");
        if (java.nio.file.Files.isReadable(DemoDevice.LIBRARY) && System.getenv("PATH").contains("bin")) {
            assertThat(r.out()).as("SoftHSM2 is installed, so the keys must live in a PKCS#11 token").doesNotContain("NO HARDWARE PROTECTION");
        }
    }

    @Test
    void without_a_token_the_software_device_is_labelled_explains_what_to_provision_and_is_rejected() {
        CliRun r = CliRun.of("tps", "demo", "--url", server.url(), "--software");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("NO HARDWARE PROTECTION")
                .contains("PUT " + server.url() + "/api/attestation/endorsements")
                .contains("attest-key-triples")
                .contains("Verdict: REJECTED");
    }

    @Test
    void json_output_carries_the_result_and_the_ear() {
        CliRun r = CliRun.of("tps", "demo", "--url", server.url(), "--token", vendorToken, "--software", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("\"verdict\" : \"ADMITTED\"").contains("\"trustVector\"").contains("\"ear\" : \"ey");
    }

    @Test
    void no_server_at_the_url_is_one_clear_line_and_exit_1() {
        CliRun r = CliRun.of("tps", "demo", "--url", "http://127.0.0.1:1", "--software");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no TrustBricks server answers at http://127.0.0.1:1").doesNotContain("\tat ");
    }
}
