package org.trustbricks.attestation.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.CertificateStatus;
import org.trustbricks.attestation.appraisal.EndorsementCache;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.InMemoryNonceStore;
import org.trustbricks.attestation.appraisal.PlatformCertificate;
import org.trustbricks.attestation.appraisal.PlatformCertificateStatus;
import org.trustbricks.attestation.appraisal.PsaAppraiser;
import org.trustbricks.attestation.appraisal.TrustVector;
import org.trustbricks.attestation.appraisal.Verdict;
import org.trustbricks.attestation.sc.SoftHsm;
import org.trustbricks.attestation.services.ObjectStore;
import org.trustbricks.attestation.tps.ServiceIdentifier;

/** A SoftHSM-backed device attests through the TPS API and the verifier appraises its tokens. */
class EndToEndTest {

    private static SimulatedDevice device;
    private static PsaAppraiser appraiser;
    private static InMemoryNonceStore nonces;

    @BeforeAll
    static void provision() throws Exception {
        device = SimulatedDevice.create(SoftHsm.token().open(), SimulatedDevice.exampleProfile("1.2.0"), ObjectStore.inMemory());
        Endorsements endorsements = Endorsements.of("e2e", List.of(device.endorsement("1234567890123-12345")));
        nonces = InMemoryNonceStore.create(Clock.systemUTC(), Duration.ofMinutes(2), 100);
        appraiser = PsaAppraiser.create(EndorsementCache.of(endorsements), PlatformCertificateStatus.fixed(Map.of(
                device.identity().implementationId(), new PlatformCertificate("1234567890123-12345", CertificateStatus.ACTIVE))), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void the_device_offers_its_three_services_on_the_pkcs11_component() throws Exception {
        assertThat(device.component().keysOutsideProcess()).isTrue();
        assertThat(device.discover()).extracting(ServiceIdentifier::secureComponentInstance).containsOnly(device.component().instance());
        assertThat(device.discover()).hasSize(3);
    }

    @Test
    void a_token_from_the_softhsm_backed_device_is_admitted() throws Exception {
        AttestationResult r = appraiser.appraise(device.attest(nonces.issue(32)), nonces);
        assertThat(r.reasons()).isNotEmpty();
        assertThat(r.verdict()).as(String.join("; ", r.reasons())).isEqualTo(Verdict.ADMITTED);
        assertThat(r.trustVector()).isEqualTo(new TrustVector(2, 0, 2, 0, 2, 2, 2, 0));
    }

    @Test
    void a_tampered_token_is_rejected() throws Exception {
        byte[] token = device.attest(nonces.issue(32));
        token[token.length - 80] ^= 0x01;
        AttestationResult r = appraiser.appraise(token, nonces);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void a_token_with_a_changed_claim_but_the_original_signature_fails_cryptographic_validation() throws Exception {
        byte[] token = device.attest(nonces.issue(32));
        String hex = java.util.HexFormat.of().formatHex(token);
        String patched = hex.replaceFirst("193000", "195000");
        assertThat(patched).isNotEqualTo(hex);
        AttestationResult r = appraiser.appraise(java.util.HexFormat.of().parseHex(patched), nonces);
        assertThat(r.trustVector()).isEqualTo(TrustVector.CRYPTO_FAILED);
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
    }
}
