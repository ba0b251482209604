package org.trustbricks.attestation.cose;

import static org.assertj.core.api.Assertions.assertThat;

import com.authlete.cbor.CBORDecoder;
import com.authlete.cose.COSESign1;
import com.authlete.cose.COSEVerifier;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.Tps;

/** Tokens made here verify with Authlete's independent COSE implementation, and tampered ones do not. */
class AuthleteInteropTest {

    private static COSESign1 sign1(byte[] token) throws Exception {
        com.authlete.cbor.CBORItem item = new CBORDecoder(token).next();
        return COSESign1.build(item instanceof com.authlete.cbor.CBORTaggedItem t ? t.getTagContent() : item);
    }

    @Test
    void a_device_token_verifies_with_authlete_and_a_changed_one_does_not() throws Exception {
        try (SimulatedDevice device = Tps.softwareDevice("2.0.0")) {
            byte[] token = device.attest(new byte[32]);
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(device.identity().attestationKey().spki()));
            assertThat(new COSEVerifier(key).verify(sign1(token))).isTrue();
            token[40] ^= 1;
            assertThat(new COSEVerifier(key).verify(sign1(token))).isFalse();
        }
    }
}
