package org.trustbricks.web.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.web.attestation.VerifierWorld.challenge;
import static org.trustbricks.web.attestation.VerifierWorld.evidence;
import static org.trustbricks.web.attestation.VerifierWorld.json;
import static org.trustbricks.web.attestation.VerifierWorld.provision;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.appraisal.Ear;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.web.testing.TestServer;

/** The challenge and evidence endpoints over real HTTP and a real PostgreSQL: fresh, replayed, forged and malformed tokens. */
class EvidenceEndpointTest {

    private static TestServer server;
    private static TestDevice device;
    private static TestDevice sibling;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        VerifierWorld.Member vendor = VerifierWorld.member(server.services(), "Evidence Vendor", OrganisationKind.VENDOR);
        device = TestDevice.of("evidence");
        sibling = device.sibling();
        var r = provision(server, vendor, TestDevice.documentOf(List.of(device.endorsement(null, List.of(device, sibling)))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static EcPublicKey publishedKey() throws Exception {
        JsonNode jwk = json(server.get("/api/attestation/verifier-key"));
        assertThat(jwk.path("kty").asText()).isEqualTo("EC");
        assertThat(jwk.path("alg").asText()).isEqualTo("ES256");
        return EcPublicKey.of(EcCurve.P256, new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("x").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("y").asText())));
    }

    @Test
    void a_token_over_a_fresh_nonce_is_admitted_and_its_ear_verifies_with_the_published_key() throws Exception {
        byte[] nonce = challenge(server);
        HttpResponse<String> r = evidence(server, device.token(nonce));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("verdict").asText()).isEqualTo("ADMITTED");
        assertThat(body.path("result").path("nonceStatus").asText()).isEqualTo("FRESH");
        JsonNode ear = Ear.verify(body.path("ear").asText(), publishedKey());
        JsonNode appraisal = ear.path("submods").path("PSA_IOT");
        assertThat(appraisal.path("ear.status").asText()).isEqualTo("affirming");
        assertThat(appraisal.path("ear.trustworthiness-vector").path("executables").asInt()).isEqualTo(2);
        assertThat(Base64.getUrlDecoder().decode(ear.path("eat_nonce").asText())).isEqualTo(nonce);
    }

    @Test
    void the_ear_alone_is_returned_when_the_client_accepts_eat_jwt() throws Exception {
        byte[] nonce = challenge(server);
        HttpResponse<String> r = TestServer.send(server.request("/api/attestation/evidence")
                .header("Content-Type", "application/eat+cwt; eat_profile=\"tag:psacertified.org,2023:psa#tfm\"")
                .header("Accept", "application/eat+jwt").POST(HttpRequest.BodyPublishers.ofByteArray(device.token(nonce))).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/eat+jwt");
        assertThat(Ear.verify(r.body(), publishedKey()).path("submods").path("PSA_IOT").path("ear.status").asText()).isEqualTo("affirming");
    }

    @Test
    void an_eat_in_cwt_form_tag_61_around_the_cose_sign1_is_appraised_too() {
        byte[] token = device.token(challenge(server));
        byte[] cwt = new byte[token.length + 2];
        cwt[0] = (byte) 0xd8;
        cwt[1] = 0x3d;
        System.arraycopy(token, 0, cwt, 2, token.length);
        var r = TestServer.send(server.request("/api/attestation/evidence").header("Content-Type", "application/eat+cwt")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cwt)).build());
        assertThat(json(r).path("verdict").asText()).as(r.body()).isEqualTo("ADMITTED");
    }

    @Test
    void a_replayed_token_is_rejected_as_a_replay() {
        byte[] token = device.token(challenge(server));
        assertThat(json(evidence(server, token)).path("verdict").asText()).isEqualTo("ADMITTED");
        JsonNode again = json(evidence(server, token));
        assertThat(again.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(again.path("result").path("nonceStatus").asText()).isEqualTo("ALREADY_USED");
        assertThat(again.path("result").path("reasons").toString()).contains("replay");
    }

    @Test
    void a_nonce_the_verifier_never_issued_is_rejected() {
        byte[] forged = new byte[32];
        Arrays.fill(forged, (byte) 7);
        JsonNode r = json(evidence(server, device.token(forged)));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("nonceStatus").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void a_nonce_with_a_forged_expiry_is_not_accepted() {
        byte[] nonce = challenge(server);
        nonce[16] ^= 0x01;
        JsonNode r = json(evidence(server, device.token(nonce)));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("nonceStatus").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void a_token_signed_with_the_key_of_another_instance_fails_cryptographic_validation_and_keeps_its_nonce() {
        byte[] nonce = challenge(server);
        JsonNode r = json(evidence(server, device.signingWith(sibling).token(nonce)));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("trustVector").path("instance-identity").asInt()).isEqualTo(99);
        assertThat(json(evidence(server, device.token(nonce))).path("verdict").asText())
                .as("the nonce was not used up by the forgery").isEqualTo("ADMITTED");
    }

    @Test
    void a_device_that_is_not_endorsed_is_unrecognised() {
        JsonNode r = json(evidence(server, device.sibling().token(challenge(server))));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("trustVector").path("instance-identity").asInt()).isEqualTo(97);
    }

    @Test
    void an_hmac_token_keyed_with_the_public_key_is_refused() {
        JsonNode r = json(evidence(server, device.macWithPublicKey(challenge(server))));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("trustVector").path("instance-identity").asInt()).isEqualTo(99);
    }

    @Test
    void a_debug_lifecycle_device_is_contraindicated() {
        JsonNode r = json(evidence(server, device.token(challenge(server), 0x5000)));
        assertThat(r.path("verdict").asText()).isEqualTo("REJECTED");
        assertThat(r.path("result").path("trustVector").path("runtime-opaque").asInt()).isEqualTo(96);
    }

    @Test
    void truncated_cbor_is_a_400_with_a_reason() {
        byte[] token = device.token(challenge(server));
        HttpResponse<String> r = evidence(server, Arrays.copyOf(token, token.length / 2));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("detail").asText()).contains("not a readable PSA token");
    }

    @Test
    void garbage_is_a_400_and_never_a_500() {
        for (byte[] junk : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xd2, (byte) 0x9f, (byte) 0x9f, (byte) 0x9f},
                "not cbor at all".getBytes(), new byte[] {(byte) 0xd8, 0x3d, (byte) 0xd8, 0x3d, 0x00})) {
            HttpResponse<String> r = evidence(server, junk);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void an_oversized_token_is_a_413() {
        HttpResponse<String> r = evidence(server, new byte[20_000]);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void an_unsupported_media_type_is_a_415_and_no_body_is_a_400() {
        var r = TestServer.send(server.request("/api/attestation/evidence").header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})).build());
        assertThat(r.statusCode()).isEqualTo(415);
        var empty = TestServer.send(server.request("/api/attestation/evidence").header("Content-Type", "application/cbor")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void a_token_sent_as_hex_text_is_appraised_like_the_raw_one() {
        byte[] token = device.token(challenge(server));
        var r = TestServer.send(server.request("/api/attestation/evidence").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(java.util.HexFormat.of().formatHex(token))).build());
        assertThat(json(r).path("verdict").asText()).isEqualTo("ADMITTED");
    }

    @Test
    void a_challenge_size_other_than_32_48_or_64_is_refused() {
        var r = TestServer.send(server.request("/api/attestation/challenges?size=16").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(400);
        var ok = TestServer.send(server.request("/api/attestation/challenges?size=64").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(Base64.getDecoder().decode(json(ok).path("nonce").asText())).hasSize(64);
    }
}
