package org.trustbricks.attestation.tps;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.UUID;

/** Untrusted TPS message bytes only ever give ERROR_BAD_FORMAT or a message that encodes back to an equal one. */
class TpsMessageFuzzTest {

    private static final Rot13Service ROT13 = Rot13Service.on(UUID.fromString("7962a2c1-fee3-4d3e-8955-d5978d7812f4"));
    private static final ClientIdentity PUBLIC = new ClientIdentity(LoginMethod.PUBLIC, "public");

    @FuzzTest(maxDuration = "60s")
    void message_decoding_and_the_rot13_service_never_crash(byte[] data) throws TpsException {
        try {
            TpsMessage m = TpsMessage.decode(data);
            assertThat(TpsMessage.decode(m.encode())).isEqualTo(m);
        } catch (TpsException e) {
            assertThat(e.error()).isEqualTo(TpsError.ERROR_BAD_FORMAT);
        }
        try {
            byte[] rsp = ROT13.process(PUBLIC, data);
            assertThat(TpsMessage.decode(rsp).id()).isIn(1L, 10L, 11L);
        } catch (TpsException e) {
            assertThat(e.error()).isIn(TpsError.ERROR_BAD_FORMAT, TpsError.ERROR_NOT_SUPPORTED);
        }
    }
}
