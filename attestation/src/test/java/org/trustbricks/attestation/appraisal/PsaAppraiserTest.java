package org.trustbricks.attestation.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustbricks.attestation.appraisal.AppraisalFixture.filled;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.psa.PsaTokenEncoder;

class PsaAppraiserTest {

    private final AppraisalFixture device = new AppraisalFixture();
    private final MutableClock clock = new MutableClock();
    private final InMemoryNonceStore nonces = InMemoryNonceStore.create(clock, Duration.ofMinutes(5), 1000);
    private final EndorsementCache cache = EndorsementCache.of(device.endorsements());
    private final PsaAppraiser appraiser = PsaAppraiser.create(cache, PlatformCertificateStatus.none(), clock);

    private PsaAppraiser withCertificate(CertificateStatus status) {
        return PsaAppraiser.create(cache, PlatformCertificateStatus.fixed(Map.of(device.implementationId,
                new PlatformCertificate("1234567890123-12345", status))), clock);
    }

    @Test
    void admits_a_fresh_token_from_an_endorsed_secured_device_with_approved_firmware() {
        AttestationResult r = withCertificate(CertificateStatus.ACTIVE).appraise(device.token(nonces.issue(32)), nonces);
        assertThat(r.verdict()).isEqualTo(Verdict.ADMITTED);
        assertThat(r.trustVector()).isEqualTo(new TrustVector(2, 0, 2, 0, 2, 2, 2, 0));
        assertThat(r.nonceStatus()).isEqualTo(NonceStatus.FRESH);
        assertThat(r.measurements()).isEqualTo(AttestationResult.Measurements.MATCHED);
        assertThat(r.certification()).isEqualTo(new Certification("1234567890123-12345", CertificateStatus.ACTIVE, "1234567890123-12345", true));
    }

    @Test
    void admits_the_same_evidence_sent_as_an_eat_in_cwt_form() {
        byte[] sign1 = device.token(nonces.issue(32));
        byte[] cwt = new byte[sign1.length + 2];
        cwt[0] = (byte) 0xd8;
        cwt[1] = 61;
        System.arraycopy(sign1, 0, cwt, 2, sign1.length);
        assertThat(appraiser.appraise(cwt, nonces).verdict()).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void rejects_a_replayed_token() {
        byte[] token = device.token(nonces.issue(32));
        assertThat(appraiser.appraise(token, nonces).verdict()).isEqualTo(Verdict.ADMITTED);
        AttestationResult replay = appraiser.appraise(token, nonces);
        assertThat(replay.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(replay.nonceStatus()).isEqualTo(NonceStatus.ALREADY_USED);
        assertThat(replay.reasons()).last().asString().contains("replay");
    }

    @Test
    void rejects_a_token_whose_nonce_expired() {
        byte[] token = device.token(nonces.issue(32));
        clock.advance(Duration.ofMinutes(6));
        AttestationResult r = appraiser.appraise(token, nonces);
        assertThat(r.nonceStatus()).isEqualTo(NonceStatus.EXPIRED);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void rejects_a_nonce_the_verifier_never_issued() {
        AttestationResult r = appraiser.appraise(device.token(filled(32, 9)), nonces);
        assertThat(r.nonceStatus()).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void rejects_a_token_signed_with_another_key_and_keeps_the_nonce_usable() {
        byte[] nonce = nonces.issue(32);
        SoftwareCoseSigner attacker = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        byte[] forged = PsaTokenEncoder.sign(device.claims(nonce, 0x3000, device.firmware, null), attacker);
        AttestationResult r = appraiser.appraise(forged, nonces);
        assertThat(r.trustVector()).isEqualTo(TrustVector.CRYPTO_FAILED);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(appraiser.appraise(device.token(nonce), nonces).verdict()).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void rejects_a_token_whose_instance_has_no_endorsed_key() {
        byte[] otherInstance = PsaTokenEncoder.sign(withInstance(device, AppraisalFixture.instanceId(0x77), nonces.issue(32)), device.deviceKey);
        AttestationResult r = appraiser.appraise(otherInstance, nonces);
        assertThat(r.trustVector().instanceIdentity()).isEqualTo(97);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(r.reasons()).last().asString().contains("no verification key is endorsed for instance");
    }

    private static org.trustbricks.attestation.psa.PsaClaims withInstance(AppraisalFixture d, byte[] inst, byte[] nonce) {
        var c = d.claims(nonce, 0x3000, d.firmware, null);
        return new org.trustbricks.attestation.psa.PsaClaims(c.profile(), c.profileClaim(), c.clientId(), c.securityLifecycle(),
                c.implementationId(), inst, c.nonces(), c.bootSeed(), c.certificationReference(), c.softwareComponents(), null,
                c.verificationServiceIndicator());
    }

    @Test
    void rejects_a_token_from_an_implementation_nobody_endorsed() {
        cache.replace(Endorsements.empty());
        AttestationResult r = appraiser.appraise(device.token(nonces.issue(32)), nonces);
        assertThat(r.trustVector().hardware()).isEqualTo(97);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void a_device_in_recoverable_debug_is_contraindicated() {
        byte[] token = PsaTokenEncoder.sign(device.claims(nonces.issue(32), 0x5000, device.firmware, null), device.deviceKey);
        AttestationResult r = appraiser.appraise(token, nonces);
        assertThat(r.trustVector().instanceIdentity()).isEqualTo(96);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(r.reasons()).anyMatch(s -> s.contains("recoverable-psa-rot-debug"));
    }

    @Test
    void firmware_that_matches_no_reference_value_is_unrecognised() {
        byte[] token = PsaTokenEncoder.sign(device.claims(nonces.issue(32), 0x3000, filled(32, 0x99), null), device.deviceKey);
        AttestationResult r = appraiser.appraise(token, nonces);
        assertThat(r.trustVector().executables()).isEqualTo(33);
        assertThat(r.measurements()).isEqualTo(AttestationResult.Measurements.MISMATCH);
        assertThat(r.verdict()).isEqualTo(Verdict.ADMITTED_WITH_WARNINGS);
    }

    @Test
    void the_certificate_status_degrades_the_hardware_claim() {
        assertThat(withCertificate(CertificateStatus.UNDER_VULNERABILITY_REVIEW).appraise(device.token(nonces.issue(32)), nonces))
                .satisfies(r -> {
                    assertThat(r.trustVector().hardware()).isEqualTo(32);
                    assertThat(r.verdict()).isEqualTo(Verdict.ADMITTED_WITH_WARNINGS);
                });
        assertThat(withCertificate(CertificateStatus.EXPIRED).appraise(device.token(nonces.issue(32)), nonces).trustVector().hardware())
                .isEqualTo(32);
        AttestationResult terminated = withCertificate(CertificateStatus.TERMINATED).appraise(device.token(nonces.issue(32)), nonces);
        assertThat(terminated.trustVector().hardware()).isEqualTo(96);
        assertThat(terminated.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void the_tokens_own_certification_reference_is_shown_but_not_trusted() {
        cache.replace(Endorsements.of("no-cert", List.of(device.platform(null))));
        byte[] token = PsaTokenEncoder.sign(device.claims(nonces.issue(32), 0x3000, device.firmware, "9999999999999-99999"), device.deviceKey);
        AttestationResult r = appraiser.appraise(token, nonces);
        assertThat(r.certification()).isEqualTo(new Certification(null, CertificateStatus.UNKNOWN, "9999999999999-99999", false));
        assertThat(r.reasons()).anyMatch(s -> s.contains("self-asserted and not confirmed"));
    }

    @Test
    void garbage_is_rejected_with_a_reason_and_never_throws() {
        AttestationResult r = appraiser.appraise(new byte[] {(byte) 0xd2, (byte) 0x9f}, nonces);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(r.reasons()).singleElement().asString().contains("could not be decoded");
    }

    @Test
    void replacing_the_cached_endorsements_takes_effect_for_the_next_appraisal() {
        byte[] token = device.token(nonces.issue(32));
        Endorsements previous = cache.replace(Endorsements.empty());
        assertThat(appraiser.appraise(token, nonces).verdict()).isEqualTo(Verdict.REJECTED);
        cache.replace(previous);
        assertThat(appraiser.appraise(token, nonces).verdict()).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void the_ear_is_a_jwt_signed_by_the_verifier_carrying_status_vector_and_nonce() throws Exception {
        SoftwareCoseSigner verifierKey = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        byte[] nonce = nonces.issue(32);
        AttestationResult r = appraiser.appraise(device.token(nonce), nonces);
        JsonNode ear = Ear.verify(Ear.sign(r, verifierKey, "test"), verifierKey.publicKey());
        JsonNode psa = ear.path("submods").path("PSA_IOT");
        assertThat(psa.path("ear.status").asText()).isEqualTo("affirming");
        assertThat(psa.path("ear.trustworthiness-vector").path("instance-identity").asInt()).isEqualTo(2);
        assertThat(ear.path("eat_nonce").asText()).isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
        assertThat(ear.path("eat_profile").asText()).isEqualTo(Ear.PROFILE);
    }

    @Test
    void an_ear_signed_by_another_key_is_refused() {
        AttestationResult r = appraiser.appraise(device.token(nonces.issue(32)), nonces);
        String jwt = Ear.sign(r, SoftwareCoseSigner.generate(CoseAlgorithm.ES256), "test");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ear.verify(jwt, SoftwareCoseSigner.generate(CoseAlgorithm.ES256).publicKey()))
                .hasMessageContaining("does not verify");
    }
}
