package org.trustbricks.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.Ear;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.NonceStatus;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.attestation.appraisal.Verdict;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.common.testing.SharedCorpus;

class FacadeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inspect_explains_the_rfc_9783_example_token() throws Exception {
        Path token = SharedCorpus.require("corpus/psa/rfc9783/example/psa-sign1.cbor");
        TokenReport r = Attestation.inspect(Files.readAllBytes(token));
        assertThat(r.readable()).isTrue();
        assertThat(r.envelope()).isEqualTo("COSE_Sign1");
        assertThat(r.algorithm()).isEqualTo("ES256");
        assertThat(r.profile()).isEqualTo("tag:psacertified.org,2023:psa#tfm");
        assertThat(r.claimsValid()).isTrue();
        assertThat(r.signatureVerified()).isFalse();
        assertThat(r.claims()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("2396");
            assertThat(c.name()).isEqualTo("implementation-id");
            assertThat(c.meaning()).contains("endorsements");
        });
        assertThat(r.claims()).anySatisfy(c -> assertThat(c.value()).matches("0x30[0-9a-f]{2} \\(secured\\)"));
    }

    @Test
    void inspect_reports_unreadable_input_instead_of_throwing() {
        assertThat(Attestation.inspect(new byte[] {(byte) 0xd2, (byte) 0x84, 0x40})).satisfies(r -> {
            assertThat(r.readable()).isFalse();
            assertThat(r.error()).contains("malformed CBOR");
        });
        assertThat(Attestation.inspect(new byte[100_000]).error()).contains("more than the limit");
        assertThat(Attestation.inspect(new byte[] {0x01}).error()).contains("untagged integer");
    }

    @Test
    void a_token_checked_with_its_key_is_admitted_and_with_another_key_rejected() throws Exception {
        try (SimulatedDevice device = Tps.softwareDevice("1.0.0")) {
            byte[] nonce = new byte[32];
            byte[] token = device.attest(nonce);
            EcPublicKey key = device.identity().attestationKey();
            AttestationResult ok = Verifier.appraiseWithKey(token, key, NonceValidator.expecting(nonce));
            assertThat(ok.verdict()).isEqualTo(Verdict.ADMITTED);
            assertThat(ok.nonceStatus()).isEqualTo(NonceStatus.FRESH);
            AttestationResult bad = Verifier.appraiseWithKey(token, SoftwareCoseSigner.generate(CoseAlgorithm.ES256).publicKey(), NonceValidator.notChecked());
            assertThat(bad.verdict()).isEqualTo(Verdict.REJECTED);
        }
    }

    @Test
    void the_verifier_signs_ears_that_its_public_key_verifies_and_results_serialise_to_json() throws Exception {
        try (SimulatedDevice device = Tps.softwareDevice("1.0.0")) {
            Verifier v = Verifier.create(Endorsements.of("facade", List.of(device.endorsement(null))));
            byte[] nonce = new byte[64];
            AttestationResult r = v.appraise(device.attest(nonce), nonce);
            assertThat(r.verdict()).isEqualTo(Verdict.ADMITTED);
            JsonNode ear = Ear.verify(v.signedEar(r), v.earPublicKey());
            assertThat(ear.path("submods").path("PSA_IOT").path("ear.status").asText()).isEqualTo("affirming");
            JsonNode json = JSON.valueToTree(r);
            assertThat(json.path("trustVector").path("instance-identity").asInt()).isEqualTo(2);
            assertThat(json.path("status").asText()).isEqualTo("affirming");
            JsonNode report = JSON.valueToTree(Attestation.inspect(device.attest(nonce)));
            assertThat(report.path("claims").isArray()).isTrue();
            assertThat(report.path("profile").asText()).isEqualTo("tag:psacertified.org,2023:psa#tfm");
        }
    }

    @Test
    void the_rfc_9783_mac0_example_is_admitted_with_a_symmetric_key_from_an_endorsement_file() throws Exception {
        Path dir = SharedCorpus.require("corpus/psa/rfc9783/example");
        byte[] token = Files.readAllBytes(dir.resolve("psa-mac0.cbor"));
        var claims = org.trustbricks.attestation.psa.PsaTokenDecoder.decode(token).claims();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        String json = "{\"profile\": \"" + org.trustbricks.attestation.appraisal.EndorsementsJson.PROFILE + "\", \"id\": \"mac0\","
                + " \"platforms\": [{\"class\": {\"implementation-id\": \"" + b64.encodeToString(claims.implementationId()) + "\"},"
                + " \"attest-key-triples\": [{\"instance-id\": \"" + b64.encodeToString(claims.instanceId()) + "\","
                + " \"hmac-key\": \"" + b64.encodeToString(Files.readAllBytes(dir.resolve("tfm-hs-iak.bin"))) + "\"}]}]}";
        Verifier v = Verifier.create(org.trustbricks.attestation.appraisal.EndorsementsJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        AttestationResult r = v.appraise(token);
        assertThat(r.verdict()).as(String.join("; ", r.reasons())).isEqualTo(Verdict.ADMITTED);
        byte[] changed = token.clone();
        changed[changed.length - 1] ^= 1;
        assertThat(v.appraise(changed).trustVector()).isEqualTo(org.trustbricks.attestation.appraisal.TrustVector.CRYPTO_FAILED);
    }

    @Test
    void the_tf_m_corpus_token_appraises_with_its_published_key() throws Exception {
        Path dir = SharedCorpus.require("corpus/psa/psatoken/tf-m");
        AttestationResult r = Verifier.appraiseWithKey(Files.readAllBytes(dir.resolve("psa-2_0_0_sign1.bin")),
                EcPublicKey.fromPem(Files.readString(dir.resolve("public.pem"))), NonceValidator.notChecked());
        assertThat(r.reasons()).anyMatch(s -> s.contains("signature verifies"));
        assertThat(r.profile()).isEqualTo("http://arm.com/psa/2.0.0");
    }
}
