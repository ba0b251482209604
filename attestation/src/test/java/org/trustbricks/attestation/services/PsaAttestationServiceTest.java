package org.trustbricks.attestation.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseVerifier;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaToken;
import org.trustbricks.attestation.psa.PsaTokenDecoder;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.tps.ConnectionData;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.Session;
import org.trustbricks.attestation.tps.TpsMessage;

class PsaAttestationServiceTest {

    private static DeviceProfile profile(PsaProfile p) {
        DeviceProfile ex = SimulatedDevice.exampleProfile("1.2.0");
        return new DeviceProfile(p, ex.implementationId(), 0x3000, p == PsaProfile.PSA_IOT_PROFILE_1 ? "1234567890123" : "1234567890123-12345",
                ex.verificationServiceIndicator(), ex.softwareComponents());
    }

    private static ServiceTestSupport support(PsaProfile p) {
        return new ServiceTestSupport(sc -> {
            try {
                return PsaAttestationService.on(sc, profile(p));
            } catch (SecureComponentException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(PsaProfile.class)
    void produces_a_valid_token_of_each_profile_signed_by_the_iak(PsaProfile p) throws Exception {
        ServiceTestSupport t = support(p);
        Session s = t.open(PsaAttestationService.SERVICE_ID, LoginMethod.PUBLIC, ConnectionData.none());
        byte[] nonce = new byte[48];
        nonce[0] = 7;
        byte[] token = ((CborItem.Bytes) t.client.transact(s, TpsMessage.of(PsaAttestationService.GET_TOKEN, 1, CborItem.of(nonce))).get(1)).value();
        PsaToken decoded = PsaTokenDecoder.decode(token);
        assertThat(decoded.findings()).isEmpty();
        assertThat(decoded.claims().profile()).isEqualTo(p);
        assertThat(decoded.claims().nonce()).isEqualTo(nonce);
        assertThat(decoded.claims().clientId()).isNegative();
        assertThat(decoded.claims().softwareComponents()).extracting(SoftwareComponent::measurementType).containsExactly("BL", "PRoT");
        TpsMessage id = t.client.transact(s, TpsMessage.of(PsaAttestationService.GET_IDENTITY));
        EcPublicKey iak = EcPublicKey.fromSec1(EcCurve.P256, ((CborItem.Bytes) id.get(1)).value());
        assertThat(decoded.claims().instanceId()).isEqualTo(PsaAttestationService.instanceIdOf(iak.sec1()));
        assertThatCode(() -> CoseVerifier.verify(decoded.envelope(), iak)).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_nonce_of_a_size_psa_does_not_allow() throws Exception {
        ServiceTestSupport t = support(PsaProfile.RFC_9783);
        Session s = t.open(PsaAttestationService.SERVICE_ID, LoginMethod.PUBLIC, ConnectionData.none());
        TpsMessage rsp = t.client.transact(s, TpsMessage.of(PsaAttestationService.GET_TOKEN, 1, CborItem.of(new byte[16])));
        assertThat(rsp).isEqualTo(TpsMessage.of(PsaAttestationService.GET_TOKEN, 2, CborItem.of(ServiceError.INVALID_ARGUMENT.code())));
    }

    @Test
    void reports_the_token_size_for_a_nonce_size_and_its_profile_in_get_features() throws Exception {
        ServiceTestSupport t = support(PsaProfile.RFC_9783);
        Session s = t.open(PsaAttestationService.SERVICE_ID, LoginMethod.PUBLIC, ConnectionData.none());
        long size = ((CborItem.Int) t.client.transact(s, TpsMessage.of(PsaAttestationService.GET_TOKEN_SIZE, 1, CborItem.of(32))).get(1)).value();
        byte[] token = ((CborItem.Bytes) t.client.transact(s, TpsMessage.of(PsaAttestationService.GET_TOKEN, 1, CborItem.of(new byte[32]))).get(1)).value();
        assertThat(size).isEqualTo(token.length);
        TpsMessage features = t.client.transact(s, TpsMessage.of(TpsMessage.GET_FEATURES));
        assertThat(features.get(3)).isEqualTo(CborItem.of(PsaProfile.RFC_9783.id()));
        assertThat(features.get(2)).isEqualTo(new CborItem.Array(List.of(CborItem.of(0), CborItem.of(1), CborItem.of(4))));
    }
}
