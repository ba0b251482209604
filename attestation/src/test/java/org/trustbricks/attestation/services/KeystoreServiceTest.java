package org.trustbricks.attestation.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.sc.SoftHsm;
import org.trustbricks.attestation.tps.ConnectionData;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.Session;
import org.trustbricks.attestation.tps.TpsMessage;

class KeystoreServiceTest {

    private final ServiceTestSupport t = new ServiceTestSupport(KeystoreService::on);

    private static TpsMessage msg(long id, Object... kv) {
        return TpsMessage.of(id, kv);
    }

    private static byte[] bytes(TpsMessage m) {
        return ((CborItem.Bytes) m.get(1)).value();
    }

    @Test
    void a_generated_key_signs_by_name_and_openssl_verifies_the_signature(@TempDir Path dir) throws Exception {
        Session s = t.open(KeystoreService.SERVICE_ID, LoginMethod.USER, ConnectionData.none());
        byte[] pub = bytes(t.client.transact(s, msg(KeystoreService.GENERATE, 1, CborItem.of("device-tls"))));
        byte[] data = "hello from the device".getBytes(StandardCharsets.UTF_8);
        byte[] sig = bytes(t.client.transact(s, msg(KeystoreService.SIGN, 1, CborItem.of("device-tls"), 2, CborItem.of(data))));
        assertThat(t.client.transact(s, msg(KeystoreService.VERIFY, 1, CborItem.of("device-tls"), 2, CborItem.of(data), 3, CborItem.of(sig))).get(1))
                .isEqualTo(CborItem.Simple.TRUE);
        assumeTrue(SoftHsm.onPath("openssl"), "openssl is not installed");
        Files.writeString(dir.resolve("pub.pem"), EcPublicKey.fromSec1(EcCurve.P256, pub).toPem());
        Files.write(dir.resolve("data"), data);
        Files.write(dir.resolve("sig.der"), new DERSequence(new ASN1Integer[] {
                new ASN1Integer(new BigInteger(1, Arrays.copyOf(sig, 32))), new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)))}).getEncoded());
        String out = SoftHsm.run(List.of("openssl", "dgst", "-sha256", "-verify", dir.resolve("pub.pem").toString(),
                "-signature", dir.resolve("sig.der").toString(), dir.resolve("data").toString()));
        assertThat(out).contains("Verified OK");
    }

    @Test
    void keys_are_per_client_and_a_wrong_signature_does_not_verify() throws Exception {
        Session a = t.open(KeystoreService.SERVICE_ID, LoginMethod.USER, ConnectionData.none());
        Session b = t.open(KeystoreService.SERVICE_ID, LoginMethod.GROUP, new ConnectionData.Gid(100));
        t.client.transact(a, msg(KeystoreService.GENERATE, 1, CborItem.of("k")));
        assertThat(t.client.transact(b, msg(KeystoreService.SIGN, 1, CborItem.of("k"), 2, CborItem.of(new byte[1]))))
                .isEqualTo(msg(KeystoreService.SIGN, 2, CborItem.of(ServiceError.NOT_FOUND.code())));
        assertThat(t.client.transact(a, msg(KeystoreService.GENERATE, 1, CborItem.of("k"))))
                .isEqualTo(msg(KeystoreService.GENERATE, 2, CborItem.of(ServiceError.ALREADY_EXISTS.code())));
        assertThat(t.client.transact(a, msg(KeystoreService.VERIFY, 1, CborItem.of("k"), 2, CborItem.of(new byte[1]), 3, CborItem.of(new byte[64]))).get(1))
                .isEqualTo(CborItem.Simple.FALSE);
    }

    @Test
    void no_response_ever_carries_more_than_a_public_key_or_a_signature() throws Exception {
        Session a = t.open(KeystoreService.SERVICE_ID, LoginMethod.USER, ConnectionData.none());
        byte[] pub = bytes(t.client.transact(a, msg(KeystoreService.GENERATE, 1, CborItem.of("k"))));
        assertThat(pub).hasSize(65);
        assertThat(bytes(t.client.transact(a, msg(KeystoreService.PUBLIC_KEY, 1, CborItem.of("k"))))).isEqualTo(pub);
        assertThat(t.client.transact(a, msg(KeystoreService.DELETE, 1, CborItem.of("k")))).isEqualTo(msg(KeystoreService.DELETE));
        assertThat(t.client.transact(a, msg(KeystoreService.PUBLIC_KEY, 1, CborItem.of("k"))))
                .isEqualTo(msg(KeystoreService.PUBLIC_KEY, 2, CborItem.of(ServiceError.NOT_FOUND.code())));
    }
}
