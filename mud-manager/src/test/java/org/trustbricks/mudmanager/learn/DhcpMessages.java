package org.trustbricks.mudmanager.learn;

import java.nio.charset.StandardCharsets;
import org.trustbricks.mudmanager.capture.Frames;

/** Builds DHCPv4 and DHCPv6 messages for tests. */
public final class DhcpMessages {

    private DhcpMessages() {
    }

    /** A DHCPREQUEST from {@code mac} with the given raw options (code, len, value… already encoded). */
    public static byte[] v4Request(String mac, byte[] options) {
        Frames.Bytes b = new Frames.Bytes().u8(1).u8(1).u8(6).u8(0).u32(0x3903F326).u16(0).u16(0)
                .u32(0).u32(0).u32(0).u32(0).mac(mac).raw(new byte[10]).raw(new byte[64]).raw(new byte[128])
                .u32(0x63825363).u8(53).u8(1).u8(3);
        return b.raw(options).u8(255).toArray();
    }

    /** A DHCPv4 option 161 carrying the URL. */
    public static byte[] option161(String url) {
        byte[] u = url.getBytes(StandardCharsets.UTF_8);
        return new Frames.Bytes().u8(161).u8(u.length).raw(u).toArray();
    }

    /** A DHCPv6 SOLICIT with a DUID-LL client id and option 112. */
    public static byte[] v6Solicit(String mac, String url) {
        byte[] u = url.getBytes(StandardCharsets.UTF_8);
        return new Frames.Bytes().u8(1).u8(0).u16(0x1234).u16(1).u16(10).u16(3).u16(1).mac(mac)
                .u16(112).u16(u.length).raw(u).toArray();
    }

    /** Wraps a DHCPv6 message in a RELAY-FORW. */
    public static byte[] v6Relay(byte[] inner) {
        return new Frames.Bytes().u8(12).u8(0).raw(new byte[32]).u16(9).u16(inner.length).raw(inner).toArray();
    }
}
