package org.trustbricks.attestation.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;

class EndorsementsJsonTest {

    @Test
    void endorsements_survive_writing_and_reading_back() throws Exception {
        AppraisalFixture d = new AppraisalFixture();
        Endorsements read = EndorsementsJson.read(EndorsementsJson.write(d.endorsements()));
        assertThat(read.id()).isEqualTo("test-endorsements");
        assertThat(read.key(d.implementationId, d.instanceId)).contains(d.deviceKey.publicKey());
        assertThat(read.platform(d.implementationId).orElseThrow().referenceValues()).singleElement()
                .satisfies(r -> assertThat(r.digest()).isEqualTo(d.firmware));
        assertThat(read.platform(d.implementationId).orElseThrow().certificateId()).isEqualTo("1234567890123-12345");
    }

    @Test
    void a_wrong_sized_implementation_id_is_reported_with_its_path() {
        String json = """
                {"profile": "tag:trustbricks.org,2026:psa-endorsements#1", "id": "x",
                 "platforms": [{"class": {"implementation-id": "AAEC"}}]}""";
        assertThatThrownBy(() -> EndorsementsJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessage("/platforms/0/class/implementation-id must be 32 bytes, found 3");
    }

    @Test
    void a_key_that_is_not_pem_is_reported_with_its_path() {
        String json = """
                {"profile": "tag:trustbricks.org,2026:psa-endorsements#1", "id": "x",
                 "platforms": [{"class": {"implementation-id": "oaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaE="},
                   "attest-key-triples": [{"instance-id": "AVxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxc", "public-key": "nope"}]}]}""";
        assertThatThrownBy(() -> EndorsementsJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("/platforms/0/attest-key-triples/0/public-key");
    }
}
