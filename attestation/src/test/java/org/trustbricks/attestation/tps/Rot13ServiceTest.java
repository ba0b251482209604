package org.trustbricks.attestation.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustbricks.attestation.cbor.CborItem;

/** The GPP ROT13 service through the full client API, against the reference implementation's vectors. */
class Rot13ServiceTest {

    private static final UUID SC = UUID.fromString("7962a2c1-fee3-4d3e-8955-d5978d7812f4");
    private static final HexFormat HEX = HexFormat.of();

    private TpsClient client;
    private Session session;

    @BeforeEach
    void open() throws TpsException {
        client = TpsClient.of(java.util.List.of(InProcessConnector.of("test", java.util.List.of(Rot13Service.on(SC)))));
        ServiceIdentifier rot13 = client.serviceDiscovery(ServiceSelector.forService(TpsUuids.SERVICE_GPP_ROT13)).get(0);
        session = client.openSession(rot13.serviceInstance(), LoginMethod.PUBLIC, ConnectionData.none());
    }

    @Test
    void the_reference_encrypt_request_gets_the_reference_response_bytes() throws TpsException {
        MessageBuffer send = MessageBuffer.initialize(128).write(HEX.parseHex("caa1017054686973676f6573746f656c6576656e"));
        MessageBuffer recv = MessageBuffer.initialize(128);
        client.executeTransaction(session, send, recv);
        assertThat(HEX.formatHex(recv.message())).isEqualTo("caa1017047757666746272666762727972697261");
        assertThat(recv.size()).isEqualTo(20);
    }

    @Test
    void get_features_gives_the_reference_bytes() throws TpsException {
        byte[] rsp = client.executeTransaction(session, HEX.parseHex("c1a0"));
        assertThat(HEX.formatHex(rsp)).isEqualTo("c1a3015087bae713b08f5e28b9ee4aa6e202440e0281001880820001");
    }

    @Test
    void discovery_reports_the_reference_identifiers() throws TpsException {
        ServiceIdentifier id = client.serviceDiscovery(ServiceSelector.any()).get(0);
        assertThat(id.serviceInstance()).isEqualTo(UUID.fromString("267070e8-d766-5a16-976b-f92186b9f69e"));
        assertThat(id.secureComponentType()).isEqualTo(TpsUuids.SC_TYPE_INSECURE_TEST);
        assertThat(id.serviceVersion()).isEqualTo(new ServiceVersion(0, 0, 16));
    }

    @ParameterizedTest
    @CsvSource({
        "10, thequickbrownfoxjumpsoverthelazydog, gurdhvpxoebjasbkwhzcfbiregurynmlqbt",
        "10, THEQUICKBROWNFOXJUMPSOVERTHELAZYDOG, GURDHVPXOEBJASBKWHZCFBIREGURYNMLQBT",
        "11, gurdhvpxoebjasbkwhzcfbiregurynmlqbt, thequickbrownfoxjumpsoverthelazydog"
    })
    void rotates_letters_by_thirteen(long op, String in, String out) throws TpsException {
        TpsMessage rsp = client.transact(session, TpsMessage.of(op, 1, CborItem.of(in)));
        assertThat(rsp).isEqualTo(TpsMessage.of(op, 1, CborItem.of(out)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the quick|1", "thequickbrownfox9umps|2", "dog!|3", "''|3", "tab\there|1"
    })
    void reports_the_reference_error_codes(String in, long code) throws TpsException {
        TpsMessage rsp = client.transact(session, TpsMessage.of(10, 1, CborItem.of(in)));
        assertThat(rsp).isEqualTo(TpsMessage.of(10, 2, CborItem.of(code)));
    }

    @Test
    void inputs_longer_than_255_bytes_are_too_large() throws TpsException {
        assertThat(client.transact(session, TpsMessage.of(10, 1, CborItem.of("a".repeat(255)))).get(1)).isNotNull();
        assertThat(client.transact(session, TpsMessage.of(10, 1, CborItem.of("a".repeat(256))))).isEqualTo(TpsMessage.of(10, 2, CborItem.of(4)));
    }

    @Test
    void a_request_without_text_is_a_bad_format_and_an_unknown_message_is_not_supported() {
        assertThatThrownBy(() -> client.transact(session, TpsMessage.of(10, 1, CborItem.of(5))))
                .isInstanceOfSatisfying(TpsException.class, e -> assertThat(e.error()).isEqualTo(TpsError.ERROR_BAD_FORMAT));
        assertThatThrownBy(() -> client.transact(session, TpsMessage.of(12)))
                .isInstanceOfSatisfying(TpsException.class, e -> assertThat(e.error()).isEqualTo(TpsError.ERROR_NOT_SUPPORTED));
    }
}
