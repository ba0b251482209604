package org.trustbricks.web.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.attestation.VerifierWorld.challenge;
import static org.trustbricks.web.attestation.VerifierWorld.evidence;
import static org.trustbricks.web.attestation.VerifierWorld.json;
import static org.trustbricks.web.attestation.VerifierWorld.provision;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.vuln.Vulnerabilities;
import org.trustbricks.web.testing.TestServer;

/** Who may provision endorsements, how documents are checked, and how the registry's certificate status shapes verdicts. */
class ProvisioningAndCertificationTest {

    private static TestServer server;
    private static VerifierWorld.Member vendor;
    private static VerifierWorld.Member rival;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vendor = VerifierWorld.member(server.services(), "Acme Devices", OrganisationKind.VENDOR);
        rival = VerifierWorld.member(server.services(), "Rival Devices", OrganisationKind.VENDOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void provisioning_without_credentials_is_401_and_a_laboratory_gets_403() {
        String doc = TestDevice.of("anon").endorsementJson(null);
        var anonymous = TestServer.send(server.request("/api/attestation/endorsements").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(doc)).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var bad = TestServer.send(server.request("/api/attestation/endorsements").header("Authorization", "Bearer tbk_nope")
                .PUT(HttpRequest.BodyPublishers.ofString(doc)).build());
        assertThat(bad.statusCode()).isEqualTo(401);
        var lab = VerifierWorld.member(server.services(), "Some Lab", OrganisationKind.LABORATORY);
        assertThat(provision(server, lab, doc).statusCode()).isEqualTo(403);
    }

    @Test
    void a_vendor_cannot_change_the_endorsements_of_an_implementation_another_vendor_provisioned() {
        TestDevice d = TestDevice.of("owned");
        assertThat(provision(server, vendor, d.endorsementJson(null)).statusCode()).isEqualTo(200);
        HttpResponse<String> hijack = provision(server, rival, TestDevice.documentOf(List.of(d.endorsement(null, List.of(d.sibling())))));
        assertThat(hijack.statusCode()).isEqualTo(403);
        assertThat(json(hijack).path("detail").asText()).contains("another organisation");
        var delete = TestServer.send(server.request("/api/attestation/endorsements/" + HexFormat.of().formatHex(d.implementationId()))
                .header("Authorization", rival.bearer()).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(json(evidence(server, d.token(challenge(server)))).path("verdict").asText()).isEqualTo("ADMITTED");
    }

    @Test
    void a_malformed_document_is_422_with_the_json_pointer_of_the_fault() {
        String doc = TestDevice.of("broken").endorsementJson(null).replaceFirst("\"implementation-id\" : \"[^\"]+\"", "\"implementation-id\" : \"AAEC\"");
        HttpResponse<String> r = provision(server, vendor, doc);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).path("errors").get(0).path("path").asText()).isEqualTo("/platforms/0/class/implementation-id");
        assertThat(provision(server, vendor, "{\"profile\": ").statusCode()).isEqualTo(422);
    }

    @Test
    void a_vendor_may_link_its_platform_only_to_its_own_existing_certificate() {
        VerifierWorld.Issued rivalCert = VerifierWorld.certificateFor(server.services(), rival);
        TestDevice d = TestDevice.of("linking");
        HttpResponse<String> foreign = provision(server, vendor, d.endorsementJson(rivalCert.id()));
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = provision(server, vendor, d.endorsementJson("SESIP-9999999-01"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).path("detail").asText()).contains("not a certificate in this registry");
    }

    @Test
    void the_verdict_follows_the_registry_status_of_the_linked_certificate() {
        VerifierWorld.Issued cert = VerifierWorld.certificateFor(server.services(), vendor);
        TestDevice d = TestDevice.of("certified");
        assertThat(provision(server, vendor, d.endorsementJson(cert.id())).statusCode()).isEqualTo(200);

        JsonNode active = json(evidence(server, d.token(challenge(server)))).path("result");
        assertThat(active.path("verdict").asText()).isEqualTo("ADMITTED");
        assertThat(active.path("certification").path("certificateId").asText()).isEqualTo(cert.id());
        assertThat(active.path("certification").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.path("certification").path("claimedReference").asText()).isEqualTo("1234567890123-12345");
        assertThat(active.path("certification").path("claimMatches").asBoolean()).isFalse();

        var jdbi = server.services().database().jdbi();
        Vulnerabilities.using(jdbi, CbKeys.using(jdbi, KeyEncryptionKeys.of(jdbi)))
                .record(cert.cb().user(), cert.id(), "CVE-2026-12345", "HIGH", List.of(), "key extraction by fault injection");
        VerifierWorld.awaitCurrent(server);
        JsonNode review = json(evidence(server, d.token(challenge(server)))).path("result");
        assertThat(review.path("certification").path("status").asText()).isEqualTo("UNDER_VULNERABILITY_REVIEW");
        assertThat(review.path("verdict").asText()).isEqualTo("ADMITTED_WITH_WARNINGS");
        assertThat(review.path("trustVector").path("hardware").asInt()).isEqualTo(32);

        Certificates.using(jdbi).terminate(cert.cb().user(), cert.id(), "the platform is no longer supported");
        VerifierWorld.awaitCurrent(server);
        JsonNode terminated = json(evidence(server, d.token(challenge(server)))).path("result");
        assertThat(terminated.path("certification").path("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(terminated.path("trustVector").path("hardware").asInt()).isEqualTo(96);
        assertThat(terminated.path("reasons").toString()).contains("contraindicated");
    }

    @Test
    void the_certification_reference_in_the_token_is_never_used_to_find_a_certificate() {
        TestDevice d = TestDevice.of("uncertified");
        assertThat(provision(server, vendor, d.endorsementJson(null)).statusCode()).isEqualTo(200);
        JsonNode r = json(evidence(server, d.token(challenge(server)))).path("result");
        assertThat(r.path("certification").path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(r.path("certification").path("certificateId").isNull()).isTrue();
        assertThat(r.path("reasons").toString()).contains("self-asserted");
    }

    @Test
    void a_vendor_lists_only_its_own_endorsements_and_can_remove_them() {
        TestDevice d = TestDevice.of("listed");
        provision(server, vendor, d.endorsementJson(null));
        var mine = TestServer.send(server.request("/api/attestation/endorsements").header("Authorization", vendor.bearer()).GET().build());
        var theirs = TestServer.send(server.request("/api/attestation/endorsements").header("Authorization", rival.bearer()).GET().build());
        String b64 = java.util.Base64.getEncoder().encodeToString(d.implementationId());
        assertThat(mine.body()).contains(b64);
        assertThat(theirs.body()).doesNotContain(b64);
        var delete = TestServer.send(server.request("/api/attestation/endorsements/" + HexFormat.of().formatHex(d.implementationId()))
                .header("Authorization", vendor.bearer()).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(json(evidence(server, d.token(challenge(server)))).path("result").path("trustVector").path("hardware").asInt())
                .isEqualTo(97);
    }

    @Test
    void a_symmetric_attestation_key_is_write_only_and_still_verifies_tokens() throws Exception {
        TestDevice d = TestDevice.of("symmetric");
        byte[] secret = TestDevice.sha256("the device's symmetric IAK");
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) parse(d.endorsementJson(null));
        var key = (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("platforms").get(0).path("attest-key-triples").get(0);
        key.remove("public-key");
        key.put("hmac-key", java.util.Base64.getEncoder().encodeToString(secret));
        assertThat(provision(server, vendor, doc.toString()).statusCode()).isEqualTo(200);

        var listed = TestServer.send(server.request("/api/attestation/endorsements").header("Authorization", vendor.bearer()).GET().build());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(java.util.Base64.getEncoder().encodeToString(secret))
                .contains(org.trustbricks.registry.attestation.EndorsementStore.REDACTED);

        byte[] token = org.trustbricks.attestation.psa.PsaTokenEncoder.mac(d.claims(challenge(server), 0x3000),
                org.trustbricks.attestation.cose.CoseAlgorithm.HS256, org.trustbricks.attestation.cose.HmacKey.of(secret));
        JsonNode r = json(evidence(server, token));
        assertThat(r.path("result").path("trustVector").path("instance-identity").asInt()).isEqualTo(2);
    }

    private static JsonNode parse(String text) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    }
}
