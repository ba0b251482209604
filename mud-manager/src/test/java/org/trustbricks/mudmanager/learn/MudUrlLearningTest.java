package org.trustbricks.mudmanager.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.Frames;

class MudUrlLearningTest {

    static final String MAC = "02:11:22:33:44:55";
    static final String URL = "https://things.example.com/mud/bulb-2000.json";

    static List<String> codes(Learned l) {
        return l.findings().stream().map(Finding::code).toList();
    }

    @Test
    void reads_dhcpv4_option_161_with_the_client_mac_and_requested_address() {
        byte[] opts = Frames.concat(new byte[] {50, 4, 10, 0, 0, 9}, DhcpMessages.option161(URL));
        byte[] msg = DhcpMessages.v4Request(MAC, opts);
        Learned l = DhcpMudUrl.fromDhcpv4(msg, 0, msg.length);
        assertThat(l.usable()).hasValueSatisfying(b -> {
            assertThat(b.mudUrl()).isEqualTo(URL);
            assertThat(b.mac()).isEqualTo(MAC);
            assertThat(b.address()).isEqualTo("10.0.0.9");
            assertThat(b.source()).isEqualTo(MudUrlSource.DHCPV4);
        });
    }

    @Test
    void reports_a_plain_http_mud_url_as_unusable() {
        byte[] msg = DhcpMessages.v4Request(MAC, DhcpMessages.option161("http://things.example.com/mud.json"));
        Learned l = DhcpMudUrl.fromDhcpv4(msg, 0, msg.length);
        assertThat(l.binding()).isNotNull();
        assertThat(l.usable()).isEmpty();
        assertThat(codes(l)).containsExactly("MUD-URL-NOT-HTTPS");
    }

    @Test
    void reports_a_dhcpv4_option_running_past_the_message() {
        byte[] msg = DhcpMessages.v4Request(MAC, new byte[] {(byte) 161, 40, 'h', 't'});
        byte[] cut = Arrays.copyOf(msg, msg.length - 1);
        Learned l = DhcpMudUrl.fromDhcpv4(cut, 0, cut.length);
        assertThat(l.binding()).isNull();
        assertThat(codes(l)).contains("DHCP4-OPTION-TRUNCATED");
    }

    @Test
    void rejects_bytes_without_the_dhcp_magic_cookie() {
        byte[] junk = new byte[300];
        assertThat(codes(DhcpMudUrl.fromDhcpv4(junk, 0, junk.length))).containsExactly("DHCP4-MALFORMED");
    }

    @Test
    void reads_dhcpv6_option_112_directly_and_inside_a_relay_message() {
        byte[] solicit = DhcpMessages.v6Solicit(MAC, URL);
        for (byte[] msg : new byte[][] {solicit, DhcpMessages.v6Relay(solicit)}) {
            Learned l = DhcpMudUrl.fromDhcpv6(msg, 0, msg.length);
            assertThat(l.usable()).hasValueSatisfying(b -> {
                assertThat(b.mudUrl()).isEqualTo(URL);
                assertThat(b.mac()).isEqualTo(MAC);
                assertThat(b.address()).isEqualTo("duid:00030001021122334455");
            });
        }
    }

    @Test
    void reads_the_lldp_mud_url_tlv_and_the_chassis_mac() {
        byte[] u = URL.getBytes(StandardCharsets.US_ASCII);
        byte[] lldpdu = new Frames.Bytes().u16(1 << 9 | 7).u8(4).mac(MAC).u16(2 << 9 | 2).u8(7).u8('1')
                .u16(3 << 9 | 2).u16(120).u16(127 << 9 | (4 + u.length)).u8(0).u8(0).u8(0x5E).u8(1).raw(u)
                .u16(0).toArray();
        Learned l = LldpMudUrl.fromLldpdu(lldpdu, 0, lldpdu.length, null);
        assertThat(l.usable()).hasValueSatisfying(b -> {
            assertThat(b.mudUrl()).isEqualTo(URL);
            assertThat(b.mac()).isEqualTo(MAC);
            assertThat(b.source()).isEqualTo(MudUrlSource.LLDP);
        });
    }

    @Test
    void ignores_other_organisation_specific_lldp_tlvs_and_reports_cut_ones() {
        byte[] lldpdu = new Frames.Bytes().u16(127 << 9 | 6).u8(0).u8(0x12).u8(0x0F).u8(1).u16(0)
                .u16(127 << 9 | 40).u8(0).u8(0).u8(0x5E).u8(1).toArray();
        Learned l = LldpMudUrl.fromLldpdu(lldpdu, 0, lldpdu.length, MAC);
        assertThat(l.binding()).isNull();
        assertThat(codes(l)).containsExactly("LLDP-TLV-TRUNCATED");
    }

    @Test
    void parses_a_dnsmasq_lease_script_call_for_ipv4_and_ipv6() {
        LeaseEvent v4 = LeaseEvent.parse(List.of("add", MAC, "10.0.0.9", "bulb"), Map.of("DNSMASQ_MUD_URL", URL));
        assertThat(v4.action()).isEqualTo("add");
        assertThat(v4.hostname()).isEqualTo("bulb");
        assertThat(v4.learned().usable()).hasValueSatisfying(b -> {
            assertThat(b.mac()).isEqualTo(MAC);
            assertThat(b.address()).isEqualTo("10.0.0.9");
            assertThat(b.source()).isEqualTo(MudUrlSource.LEASE_HOOK);
        });
        LeaseEvent v6 = LeaseEvent.parse(List.of("del", "00:03:00:01:02:11:22:33:44:55:66", "2001:db8::9"),
                Map.of("DNSMASQ_MUD_URL", URL, "DNSMASQ_MAC", MAC));
        assertThat(v6.learned().usable()).hasValueSatisfying(b -> assertThat(b.mac()).isEqualTo(MAC));
    }

    @Test
    void reports_a_lease_script_call_with_the_wrong_arguments() {
        LeaseEvent e = LeaseEvent.parse(List.of("add"), Map.of());
        assertThat(codes(e.learned())).containsExactly("LEASE-HOOK-USAGE");
        LeaseEvent tftp = LeaseEvent.parse(List.of("tftp", "100", "10.0.0.1", "/file"), Map.of());
        assertThat(codes(tftp.learned())).containsExactly("LEASE-HOOK-IGNORED");
    }

    @Test
    void accepts_an_administrator_entry_and_reports_a_malformed_mac() {
        assertThat(AdministratorEntry.of("02-11-22-33-44-55", null, URL).usable()).isPresent();
        assertThat(codes(AdministratorEntry.of("02-11-22", null, URL))).contains("ADMIN-MAC-MALFORMED", "ADMIN-NO-DEVICE");
    }

    @Test
    void rejects_urls_that_are_too_long_or_contain_spaces() {
        String longUrl = "https://x.example/" + "a".repeat(250);
        assertThat(MudUrls.check(longUrl, "/")).extracting(Finding::code).containsExactly("MUD-URL-TOO-LONG");
        assertThat(MudUrls.check("https://x.example/a b", "/")).extracting(Finding::code)
                .containsExactly("MUD-URL-BAD-CHARACTER");
    }
}
