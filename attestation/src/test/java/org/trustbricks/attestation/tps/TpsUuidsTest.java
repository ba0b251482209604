package org.trustbricks.attestation.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TpsUuidsTest {

    @Test
    void derives_the_reference_rot13_instance_id_from_its_secure_component_instance() {
        UUID sc = UUID.fromString("7962a2c1-fee3-4d3e-8955-d5978d7812f4");
        assertThat(TpsUuids.serviceInstance(sc, "GPP ROT13")).isEqualTo(UUID.fromString("267070e8-d766-5a16-976b-f92186b9f69e"));
    }

    @Test
    void v5_matches_the_rfc_9562_example() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(TpsUuids.v5(dns, "www.example.com")).isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void uuid_bytes_round_trip() {
        assertThat(TpsUuids.fromBytes(TpsUuids.toBytes(TpsUuids.SERVICE_GPP_ROT13))).isEqualTo(TpsUuids.SERVICE_GPP_ROT13);
    }
}
