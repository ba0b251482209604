package org.trustbricks.mudmanager.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;

class MudPolicyReaderTest {

    static MudPolicy read(String json) throws MalformedInputException {
        return MudPolicyReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static String mud(String extra, String acls) {
        return "{\"ietf-mud:mud\":{\"mud-version\":1,\"mud-url\":\"https://x.example/a.json\",\"is-supported\":true"
                + extra + "},\"ietf-access-control-list:acls\":" + acls + "}";
    }

    @Test
    void wrongly_shaped_lists_allow_nothing_instead_of_failing() throws Exception {
        MudPolicy p = read(mud(",\"from-device-policy\":{\"access-lists\":{\"access-list\":{\"name\":\"a\"}}}",
                "{\"acl\":{\"name\":\"a\",\"aces\":{\"ace\":{\"name\":\"x\"}}}}"));
        assertThat(p.rules()).isEmpty();
    }

    @Test
    void leaves_out_ethernet_and_device_address_matches_and_reports_them() throws Exception {
        MudPolicy p = read(mud(",\"from-device-policy\":{\"access-lists\":{\"access-list\":[{\"name\":\"a\"}]}}",
                "{\"acl\":[{\"name\":\"a\",\"type\":\"ipv4-acl-type\",\"aces\":{\"ace\":["
                        + "{\"name\":\"e\",\"matches\":{\"eth\":{\"ethertype\":2048}},\"actions\":{\"forwarding\":\"accept\"}},"
                        + "{\"name\":\"s\",\"matches\":{\"ipv4\":{\"source-ipv4-network\":\"10.0.0.1/32\"}},"
                        + "\"actions\":{\"forwarding\":\"accept\"}},"
                        + "{\"name\":\"ok\",\"matches\":{\"ipv4\":{\"protocol\":17},\"udp\":{\"destination-port\":"
                        + "{\"lower-port\":1000,\"upper-port\":2000}}},\"actions\":{\"forwarding\":\"accept\"}}]}}]}"));
        assertThat(p.rules()).extracting(AceRule::ace).containsExactly("ok");
        assertThat(p.rules().get(0).dstPort()).isEqualTo(new PortMatch(1000, 2000, false));
        assertThat(p.findings()).extracting(Finding::code).containsExactly("MUD-ACE-NOT-ENFORCEABLE",
                "MUD-ACE-NOT-ENFORCEABLE");
    }

    @Test
    void surfaces_unsupported_devices_unknown_extensions_and_missing_acls() throws Exception {
        String json = mud(",\"extensions\":[\"quarantine\"],\"to-device-policy\":{\"access-lists\":"
                + "{\"access-list\":[{\"name\":\"gone\"}]}}", "{\"acl\":[]}")
                .replace("\"is-supported\":true", "\"is-supported\":false");
        MudPolicy p = read(json);
        assertThat(p.isSupported()).isFalse();
        assertThat(p.findings()).extracting(Finding::code).containsExactly("MUD-NOT-SUPPORTED", "MUD-EXTENSION-UNKNOWN",
                "MUD-ACL-MISSING");
    }

    @Test
    void rejects_a_document_that_is_not_a_mud_file() {
        assertThatThrownBy(() -> read("{\"ietf-mud:mud\":[]}")).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("Not a MUD file");
        assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}")).isInstanceOf(MalformedInputException.class);
    }
}
