package org.trustbricks.mud.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.Mud;

/** A spec sent as JSON (the web form's API) builds a valid file. */
class MudSpecJsonTest {

    @Test
    void a_spec_read_from_json_builds_a_valid_file_and_writes_back_the_same() throws Exception {
        String json = """
                {"mudUrl": "https://devices.example.com/thermo/t100.json", "manufacturer": "Example Devices", "model": "T100",
                 "firmwareRev": "2.1", "lastUpdate": "2026-11-21T12:00:00+01:00", "ipVersions": ["IPV4"],
                 "rules": [{"target": "CLOUD", "value": "api.example.com", "protocol": "TCP", "port": 443, "initiator": "DEVICE"},
                           {"target": "CONTROLLER", "value": "urn:ietf:params:mud:ntp", "protocol": "UDP", "port": 123, "initiator": "EITHER"}],
                 "sboms": [{"version": "2.1", "url": "https://devices.example.com/sbom/t100-2.1.json"}]}
                """;
        ObjectMapper mapper = new ObjectMapper();
        MudSpec spec = mapper.readValue(json, MudSpec.class);
        assertThat(spec.lastUpdate()).isEqualTo(Instant.parse("2026-11-21T11:00:00Z"));
        Mud mud = Mud.create(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        byte[] file = mud.build(spec);
        assertThat(mud.validate(file, Mode.STRICT).valid()).isTrue();
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"last-update\": \"2026-11-21T11:00:00Z\"")
                .contains("\"ietf-mud-transparency:transparency\"");
        assertThat(mapper.readValue(mapper.writeValueAsString(spec), MudSpec.class)).isEqualTo(spec);
    }
}
