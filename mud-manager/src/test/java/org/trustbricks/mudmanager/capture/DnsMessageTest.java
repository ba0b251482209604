package org.trustbricks.mudmanager.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trustbricks.common.MalformedInputException;

class DnsMessageTest {

    @Test
    void reads_a_cname_chain_ending_in_address_records() throws MalformedInputException {
        byte[] msg = Frames.dnsResponse(9, "Api.Example.com", 1, new String[] {"api.example.com", "5", "a.cdn.net"},
                new String[] {"a.cdn.net", "5", "b.cdn.net"}, new String[] {"b.cdn.net", "1", "198.51.100.7"},
                new String[] {"b.cdn.net", "28", "2001:db8::7"});
        DnsMessage m = DnsMessage.parse(msg, 0, msg.length);
        assertThat(m.response()).isTrue();
        assertThat(m.questions()).containsExactly("api.example.com");
        assertThat(m.records()).extracting(DnsRecord::name, DnsRecord::type, DnsRecord::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("api.example.com", 5, "a.cdn.net"),
                org.assertj.core.groups.Tuple.tuple("a.cdn.net", 5, "b.cdn.net"),
                org.assertj.core.groups.Tuple.tuple("b.cdn.net", 1, "198.51.100.7"),
                org.assertj.core.groups.Tuple.tuple("b.cdn.net", 28, "2001:db8:0:0:0:0:0:7"));
        assertThat(m.records().get(2).ttl()).isEqualTo(300);
    }

    @Test
    void follows_compression_pointers() throws MalformedInputException {
        byte[] msg = new Frames.Bytes().u16(1).u16(0x8180).u16(1).u16(1).u16(0).u16(0).name("x.example.org").u16(1)
                .u16(1).u16(0xC00C).u16(1).u16(1).u32(60).u16(4).u32(0x0A000001).toArray();
        DnsMessage m = DnsMessage.parse(msg, 0, msg.length);
        assertThat(m.records().get(0).name()).isEqualTo("x.example.org");
        assertThat(m.records().get(0).value()).isEqualTo("10.0.0.1");
    }

    @Test
    void rejects_a_compression_loop() {
        byte[] msg = new Frames.Bytes().u16(1).u16(0x8180).u16(1).u16(0).u16(0).u16(0).u16(0xC00C).u16(1).u16(1)
                .toArray();
        assertThatThrownBy(() -> DnsMessage.parse(msg, 0, msg.length)).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("loop");
    }

    @Test
    void rejects_an_address_record_of_the_wrong_length() {
        byte[] msg = new Frames.Bytes().u16(1).u16(0x8180).u16(0).u16(1).u16(0).u16(0).name("a.b").u16(1).u16(1)
                .u32(60).u16(3).u8(1).u8(2).u8(3).toArray();
        assertThatThrownBy(() -> DnsMessage.parse(msg, 0, msg.length)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void rejects_a_message_cut_inside_a_record() {
        byte[] full = Frames.dnsResponse(9, "a.example", 1, new String[] {"a.example", "1", "192.0.2.1"});
        assertThatThrownBy(() -> DnsMessage.parse(full, 0, full.length - 2)).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("cut short");
    }
}
