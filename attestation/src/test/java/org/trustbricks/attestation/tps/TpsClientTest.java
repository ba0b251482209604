package org.trustbricks.attestation.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TpsClientTest {

    private final UUID scA = UUID.randomUUID();
    private final UUID scB = UUID.randomUUID();
    private final TpsClient client = TpsClient.of(List.of(
            InProcessConnector.of("a", List.of(Rot13Service.on(scA))), InProcessConnector.of("b", List.of(Rot13Service.on(scB)))));

    private static TpsError errorOf(Throwable t) {
        return ((TpsException) t).error();
    }

    @Test
    void discovery_spans_connectors_and_filters_by_secure_component_instance() throws TpsException {
        assertThat(client.serviceDiscovery(ServiceSelector.any())).hasSize(2);
        assertThat(client.serviceDiscovery(new ServiceSelector(TpsUuids.NIL, TpsUuids.NIL, scB, ServiceRange.any())))
                .singleElement().extracting(ServiceIdentifier::serviceInstance).isEqualTo(TpsUuids.serviceInstance(scB, "GPP ROT13"));
    }

    @Test
    void discovery_into_an_array_accepts_an_exact_fit_and_reports_a_short_buffer() throws TpsException {
        assertThat(client.serviceDiscovery(ServiceSelector.any(), new ServiceIdentifier[2])).isEqualTo(2);
        assertThatThrownBy(() -> client.serviceDiscovery(ServiceSelector.any(), new ServiceIdentifier[1]))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_SHORT_BUFFER)).hasMessageContaining("2 services match");
    }

    @Test
    void a_session_needs_a_login_method_the_service_accepts() {
        UUID instance = TpsUuids.serviceInstance(scA, "GPP ROT13");
        assertThatThrownBy(() -> client.openSession(instance, LoginMethod.USER, ConnectionData.none()))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_ACCESS_DENIED));
    }

    @Test
    void an_unknown_service_instance_is_a_bad_identifier() {
        assertThatThrownBy(() -> client.openSession(UUID.randomUUID(), LoginMethod.PUBLIC, ConnectionData.none()))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_BAD_IDENTIFIER));
    }

    @Test
    void a_closed_session_cannot_be_used_or_closed_again() throws TpsException {
        Session s = client.openSession(TpsUuids.serviceInstance(scA, "GPP ROT13"), LoginMethod.PUBLIC, ConnectionData.none());
        client.closeSession(s);
        assertThatThrownBy(() -> client.closeSession(s)).satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_BAD_STATE));
        assertThatThrownBy(() -> client.executeTransaction(s, new byte[] {(byte) 0xc1, (byte) 0xa0}))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_BAD_STATE));
    }

    @Test
    void two_sessions_on_two_services_work_at_the_same_time() throws TpsException {
        Session a = client.openSession(TpsUuids.serviceInstance(scA, "GPP ROT13"), LoginMethod.PUBLIC, ConnectionData.none());
        Session b = client.openSession(TpsUuids.serviceInstance(scB, "GPP ROT13"), LoginMethod.PUBLIC, ConnectionData.none());
        assertThat(client.transact(a, TpsMessage.of(1)).id()).isEqualTo(1);
        assertThat(client.transact(b, TpsMessage.of(1)).id()).isEqualTo(1);
    }

    @Test
    void a_response_larger_than_the_receive_buffer_is_a_short_buffer_and_finalize_zeroises() throws TpsException {
        Session s = client.openSession(TpsUuids.serviceInstance(scA, "GPP ROT13"), LoginMethod.PUBLIC, ConnectionData.none());
        MessageBuffer send = MessageBuffer.initialize(16).write(HexFormat.of().parseHex("c1a0"));
        assertThatThrownBy(() -> client.executeTransaction(s, send, MessageBuffer.initialize(8)))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_SHORT_BUFFER));
        send.finalizeTransaction();
        assertThat(send.size()).isZero();
        assertThat(send.message()).isEmpty();
    }

    @Test
    void malformed_messages_are_bad_format() {
        for (String hex : List.of("a0", "c1", "caa1616101", "9f", "ca5bffffffffffffffff")) {
            assertThatThrownBy(() -> TpsMessage.decode(HexFormat.of().parseHex(hex)))
                    .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_BAD_FORMAT));
        }
    }

    @Test
    void cancelling_is_not_supported_and_codes_round_trip() {
        assertThatThrownBy(() -> client.cancelTransaction(MessageBuffer.initialize(4)))
                .satisfies(t -> assertThat(errorOf(t)).isEqualTo(TpsError.ERROR_NOT_SUPPORTED));
        assertThat(TpsError.byCode(0xF009000B)).contains(TpsError.ERROR_SHORT_BUFFER);
        assertThat(TpsError.byCode(TpsError.REFERENCE_NOT_IMPLEMENTED_CODE)).contains(TpsError.ERROR_NOT_IMPLEMENTED);
    }
}
