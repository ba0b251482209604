package org.trustbricks.attestation.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustbricks.attestation.psa.PsaClaimsFixtures.filled;
import static org.trustbricks.attestation.psa.PsaClaimsFixtures.valid;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.CoseSign1;
import org.trustbricks.attestation.cose.CoseVerifier;
import org.trustbricks.attestation.cose.HmacKey;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;

class PsaTokenTest {

    private static final SoftwareCoseSigner SIGNER = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);

    @ParameterizedTest
    @EnumSource(PsaProfile.class)
    void a_signed_token_of_each_profile_decodes_to_the_same_claims_and_verifies(PsaProfile profile) throws Exception {
        PsaClaims claims = valid(profile);
        PsaToken token = PsaTokenDecoder.decode(PsaTokenEncoder.sign(claims, SIGNER));
        assertThat(token.findings()).isEmpty();
        assertThat(token.claims()).usingRecursiveComparison().isEqualTo(claims);
        assertThatCode(() -> CoseVerifier.verify(token.envelope(), SIGNER.publicKey())).doesNotThrowAnyException();
    }

    @Test
    void the_rfc9783_profile_carries_the_boot_seed_under_268_and_profile_2_under_2397() throws Exception {
        assertThat(PsaTokenDecoder.decode(PsaTokenEncoder.sign(valid(PsaProfile.RFC_9783), SIGNER)).claimsSet().get(268)).isNotNull();
        assertThat(PsaTokenDecoder.decode(PsaTokenEncoder.sign(valid(PsaProfile.PSA_2_0_0), SIGNER)).claimsSet().get(2397)).isNotNull();
    }

    @Test
    void a_mac0_token_verifies_with_its_hmac_key() throws Exception {
        HmacKey key = HmacKey.of(filled(32, 9));
        PsaToken token = PsaTokenDecoder.decode(PsaTokenEncoder.mac(valid(PsaProfile.RFC_9783), CoseAlgorithm.HS256, key));
        assertThatCode(() -> CoseVerifier.verify(token.envelope(), key)).doesNotThrowAnyException();
    }

    @Test
    void reports_a_short_nonce_and_a_bad_instance_id_type_with_their_claim_paths() throws Exception {
        PsaClaims v = valid(PsaProfile.RFC_9783);
        byte[] inst = PsaClaimsFixtures.instanceId();
        inst[0] = 2;
        PsaClaims bad = new PsaClaims(v.profile(), v.profileClaim(), v.clientId(), v.securityLifecycle(), v.implementationId(), inst,
                List.of(filled(16, 1)), v.bootSeed(), v.certificationReference(), v.softwareComponents(), null, v.verificationServiceIndicator());
        List<Finding> f = PsaTokenDecoder.decode(PsaTokenEncoder.sign(bad, SIGNER)).findings();
        assertThat(f).extracting(Finding::path).containsExactlyInAnyOrder("/10", "/256");
        assertThat(f).extracting(Finding::message).anyMatch(m -> m.contains("32, 48 or 64 bytes, found 16"))
                .anyMatch(m -> m.contains("UEID type RAND"));
    }

    @Test
    void reports_a_claim_of_the_wrong_type() throws Exception {
        byte[] payload = org.trustbricks.attestation.cbor.CborEncoder.encode(new CborItem.MapItem(Map.of(
                CborItem.of(265), CborItem.of(PsaProfile.RFC_9783.id()), CborItem.of(2396), CborItem.of("not bytes"))));
        PsaToken t = PsaTokenDecoder.decode(CoseSign1.sign(SIGNER, Map.of(), new CborItem.MapItem(Map.of()), payload).encode());
        assertThat(t.findings()).anyMatch(f -> f.path().equals("/2396") && f.message().contains("must be a byte string, found text string"));
        assertThat(t.claimsValid()).isFalse();
    }

    @Test
    void reports_an_unknown_profile_without_reading_claims() throws Exception {
        byte[] payload = org.trustbricks.attestation.cbor.CborEncoder.encode(new CborItem.MapItem(Map.of(
                CborItem.of(265), CborItem.of("http://UNKNOWN"))));
        PsaToken t = PsaTokenDecoder.decode(CoseSign1.sign(SIGNER, Map.of(), new CborItem.MapItem(Map.of()), payload).encode());
        assertThat(t.claims()).isNull();
        assertThat(t.findings()).singleElement().extracting(Finding::message).asString().contains("unknown profile");
    }

    @Test
    void an_array_of_one_nonce_is_accepted_in_profile_2_but_not_in_rfc_9783() throws Exception {
        for (PsaProfile p : List.of(PsaProfile.PSA_2_0_0, PsaProfile.RFC_9783)) {
            Map<CborItem, CborItem> m = new java.util.LinkedHashMap<>(PsaClaimsCbor.write(valid(p)).entries());
            m.put(CborItem.of(10), new CborItem.Array(List.of(CborItem.of(filled(32, 1)))));
            PsaClaimsCbor.Read read = PsaClaimsCbor.read(new CborItem.MapItem(m));
            List<Finding> errors = read.withValidation();
            if (p == PsaProfile.PSA_2_0_0) {
                assertThat(errors).isEmpty();
            } else {
                assertThat(errors).singleElement().extracting(Finding::message).asString().contains("must be a single byte string");
            }
        }
    }

    @Test
    void refuses_a_payload_that_is_not_a_claims_map() {
        byte[] token = CoseSign1.sign(SIGNER, Map.of(), new CborItem.MapItem(Map.of()), new byte[] {0x01}).encode();
        assertThatThrownBy(() -> PsaTokenDecoder.decode(token)).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("claims map, found integer");
    }

    @Test
    void refuses_an_oversized_token_before_decoding_it() {
        assertThatThrownBy(() -> PsaTokenDecoder.decode(new byte[PsaTokenDecoder.MAX_TOKEN_BYTES + 1]))
                .hasMessageContaining("more than the limit");
    }

    @Test
    void profile_1_refuses_software_components_together_with_the_no_measurements_flag() {
        PsaClaims v = valid(PsaProfile.PSA_IOT_PROFILE_1);
        PsaClaims both = new PsaClaims(v.profile(), v.profileClaim(), v.clientId(), v.securityLifecycle(), v.implementationId(),
                v.instanceId(), v.nonces(), v.bootSeed(), v.certificationReference(), v.softwareComponents(), 1L, null);
        assertThat(PsaClaimsValidator.validate(both)).extracting(Finding::message).containsExactly(
                "software-components and no-software-measurements cannot both be present");
    }
}
