package org.trustbricks.attestation.cose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cbor.CborEncoder;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.MalformedInputException;

class CoseTest {

    private static final byte[] PAYLOAD = "claims".getBytes(StandardCharsets.UTF_8);
    private static final CborItem.MapItem NO_HEADERS = new CborItem.MapItem(Map.of());

    @Test
    void a_signed_message_verifies_with_the_signers_public_key() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        byte[] token = CoseSign1.sign(signer, Map.of(), NO_HEADERS, PAYLOAD).encode();
        CoseMessage decoded = CoseDecoder.decode(token);
        assertThat(decoded).isInstanceOf(CoseSign1.class);
        assertThat(decoded.payload()).isEqualTo(PAYLOAD);
        assertThatCode(() -> CoseVerifier.verify(decoded, signer.publicKey())).doesNotThrowAnyException();
    }

    @Test
    void es384_and_es512_signatures_verify_too() throws Exception {
        for (CoseAlgorithm alg : List.of(CoseAlgorithm.ES384, CoseAlgorithm.ES512)) {
            SoftwareCoseSigner signer = SoftwareCoseSigner.generate(alg);
            CoseMessage m = CoseDecoder.decode(CoseSign1.sign(signer, Map.of(), NO_HEADERS, PAYLOAD).encode());
            assertThatCode(() -> CoseVerifier.verify(m, signer.publicKey())).doesNotThrowAnyException();
        }
    }

    @Test
    void rejects_a_token_signed_with_another_key() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        SoftwareCoseSigner other = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        CoseMessage m = CoseDecoder.decode(CoseSign1.sign(signer, Map.of(), NO_HEADERS, PAYLOAD).encode());
        assertThatThrownBy(() -> CoseVerifier.verify(m, other.publicKey())).isInstanceOf(UnableToVerifySignatureException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void rejects_a_token_whose_payload_was_changed() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        CoseSign1 s = CoseSign1.sign(signer, Map.of(), NO_HEADERS, PAYLOAD);
        CoseSign1 tampered = new CoseSign1(s.protectedBytes(), s.protectedHeader(), s.unprotectedHeader(),
                "claimz".getBytes(StandardCharsets.UTF_8), s.signature());
        assertThatThrownBy(() -> CoseVerifier.verify(tampered, signer.publicKey())).hasMessageContaining("does not verify");
    }

    @Test
    void refuses_a_sign1_without_an_algorithm() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        byte[] prot = CborEncoder.encode(NO_HEADERS);
        CoseSign1 none = new CoseSign1(prot, NO_HEADERS, NO_HEADERS, PAYLOAD, signer.sign(CoseSign1.toBeSigned(prot, PAYLOAD)));
        assertThatThrownBy(() -> CoseVerifier.verify(none, signer.publicKey())).hasMessageContaining("names no algorithm");
    }

    @Test
    void refuses_an_algorithm_given_as_text_such_as_none() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        CborItem.MapItem h = new CborItem.MapItem(Map.of(CborItem.of(1), CborItem.of("none")));
        byte[] prot = CborEncoder.encode(h);
        CoseSign1 none = new CoseSign1(prot, h, NO_HEADERS, PAYLOAD, new byte[0]);
        assertThatThrownBy(() -> CoseVerifier.verify(none, signer.publicKey())).hasMessageContaining("\"none\" is not accepted");
    }

    @Test
    void refuses_to_use_a_public_key_as_an_hmac_secret() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        HmacKey fromPublicKey = HmacKey.of(signer.publicKey().sec1());
        CoseMac0 forged = CoseMac0.create(CoseAlgorithm.HS256, fromPublicKey, Map.of(), NO_HEADERS, PAYLOAD);
        CoseMessage m = CoseDecoder.decode(forged.encode());
        assertThatThrownBy(() -> CoseVerifier.verify(m, signer.publicKey())).hasMessageContaining("a public key is never used");
    }

    @Test
    void refuses_a_sign1_that_names_an_hmac_algorithm() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        CborItem.MapItem h = new CborItem.MapItem(Map.of(CborItem.of(1), CborItem.of(5)));
        byte[] prot = CborEncoder.encode(h);
        CoseSign1 confused = new CoseSign1(prot, h, NO_HEADERS, PAYLOAD, signer.sign(CoseSign1.toBeSigned(prot, PAYLOAD)));
        assertThatThrownBy(() -> CoseVerifier.verify(confused, signer.publicKey())).hasMessageContaining("MAC algorithm HS256");
    }

    @Test
    void refuses_an_algorithm_that_does_not_match_the_key_curve() throws Exception {
        SoftwareCoseSigner p384 = SoftwareCoseSigner.generate(CoseAlgorithm.ES384);
        SoftwareCoseSigner p256 = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        CoseMessage m = CoseDecoder.decode(CoseSign1.sign(p384, Map.of(), NO_HEADERS, PAYLOAD).encode());
        assertThatThrownBy(() -> CoseVerifier.verify(m, p256.publicKey())).hasMessageContaining("does not match the key's curve");
    }

    @Test
    void a_mac0_verifies_with_its_key_and_not_with_another() throws Exception {
        HmacKey key = HmacKey.of(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        CoseMessage m = CoseDecoder.decode(CoseMac0.create(CoseAlgorithm.HS256, key, Map.of(), NO_HEADERS, PAYLOAD).encode());
        assertThatCode(() -> CoseVerifier.verify(m, key)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CoseVerifier.verify(m, HmacKey.of(other))).hasMessageContaining("does not verify");
        assertThatThrownBy(() -> CoseVerifier.verify(m, SoftwareCoseSigner.generate(CoseAlgorithm.ES256).publicKey()))
                .hasMessageContaining("HMAC secret");
    }

    @Test
    void refuses_wrong_tags_and_untagged_structures() {
        assertThatThrownBy(() -> CoseDecoder.decode(HexFormat.of().parseHex("d38440a04040"))).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("found tag 19");
        assertThatThrownBy(() -> CoseDecoder.decode(HexFormat.of().parseHex("8440a04040"))).hasMessageContaining("untagged array");
        assertThatThrownBy(() -> CoseDecoder.decode(HexFormat.of().parseHex("d28340a040"))).hasMessageContaining("array of 4");
    }

    @Test
    void refuses_an_algorithm_in_the_unprotected_header_and_detached_payloads() {
        assertThatThrownBy(() -> CoseDecoder.decode(HexFormat.of().parseHex("d28440a1012640" + "40"))).hasMessageContaining("protected header");
        assertThatThrownBy(() -> CoseDecoder.decode(HexFormat.of().parseHex("d28443a10126a0f640"))).hasMessageContaining("detached");
    }

    @Test
    void accepts_a_cose_sign1_inside_a_cwt_tag() throws Exception {
        SoftwareCoseSigner signer = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        byte[] inner = CoseSign1.sign(signer, Map.of(), NO_HEADERS, PAYLOAD).encode();
        byte[] cwt = new byte[inner.length + 2];
        cwt[0] = (byte) 0xd8;
        cwt[1] = 61;
        System.arraycopy(inner, 0, cwt, 2, inner.length);
        assertThatCode(() -> CoseVerifier.verify(CoseDecoder.decode(cwt), signer.publicKey())).doesNotThrowAnyException();
    }
}
