package org.trustbricks.mudmanager.capture;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/** Builds link, network and transport headers for test captures. */
public final class Frames {

    private Frames() {
    }

    /** Ethernet II frame with optional VLAN tags (outermost first, each {tpid, vid}). */
    public static byte[] ethernet(String dst, String src, int etherType, byte[] payload, int[]... tags) {
        Bytes b = new Bytes().mac(dst).mac(src);
        for (int[] tag : tags) {
            b.u16(tag[0]).u16(tag[1]);
        }
        return b.u16(etherType).raw(payload).toArray();
    }

    /**
     * An 802.11 data frame (QoS when {@code qos}) carrying an LLC/SNAP payload; {@code toDs}: station to AP
     * (addresses BSSID, source, destination), else AP to station (destination, BSSID, source).
     */
    public static byte[] wifi(boolean toDs, boolean qos, boolean protectedFrame, String bssid, String src, String dst,
            int etherType, byte[] payload) {
        int fc0 = 0x08 | (qos ? 0x80 : 0);
        int fc1 = (toDs ? 0x01 : 0x02) | (protectedFrame ? 0x40 : 0);
        Bytes b = new Bytes().u8(fc0).u8(fc1).u16(0);
        if (toDs) {
            b.mac(bssid).mac(src).mac(dst);
        } else {
            b.mac(dst).mac(bssid).mac(src);
        }
        b.u16(0x10);
        if (qos) {
            b.u16(0);
        }
        return b.u8(0xAA).u8(0xAA).u8(3).u8(0).u8(0).u8(0).u16(etherType).raw(payload).toArray();
    }

    /** A minimal 8-byte radiotap header (no fields present) in front of an 802.11 frame. */
    public static byte[] radiotap(byte[] frame) {
        return new Bytes().u8(0).u8(0).u8(8).u8(0).u32(0).raw(frame).toArray();
    }

    /** Linux cooked v1 header (packet type, ARPHRD_ETHER, the source MAC). */
    public static byte[] sll(int packetType, String srcMac, int protocol, byte[] payload) {
        return new Bytes().u16(packetType).u16(1).u16(6).mac(srcMac).u16(0).u16(protocol).raw(payload).toArray();
    }

    /** Linux cooked v2 header. */
    public static byte[] sll2(int packetType, String srcMac, int protocol, byte[] payload) {
        return new Bytes().u16(protocol).u16(0).u32(3).u16(1).u8(packetType).u8(6).mac(srcMac).u16(0)
                .raw(payload).toArray();
    }

    /** IPv4 header (no options) with the given fragment field. */
    public static byte[] ipv4(String src, String dst, int protocol, byte[] payload, int flagsAndOffset) {
        Bytes b = new Bytes().u8(0x45).u8(0).u16(20 + payload.length).u16(0x1234).u16(flagsAndOffset)
                .u8(64).u8(protocol).u16(0).raw(addr(src)).raw(addr(dst));
        byte[] h = b.toArray();
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += (h[i] & 0xff) << 8 | (h[i + 1] & 0xff);
        }
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = ~((sum & 0xffff) + (sum >>> 16)) & 0xffff;
        h[10] = (byte) (sum >>> 8);
        h[11] = (byte) sum;
        return new Bytes().raw(h).raw(payload).toArray();
    }

    /** IPv4 packet, not fragmented. */
    public static byte[] ipv4(String src, String dst, int protocol, byte[] payload) {
        return ipv4(src, dst, protocol, payload, 0x4000);
    }

    /** IPv6 header followed by the given extension headers (each already encoded) and payload. */
    public static byte[] ipv6(String src, String dst, int firstNext, byte[] headersAndPayload) {
        return new Bytes().u32(0x60000000).u16(headersAndPayload.length).u8(firstNext).u8(64)
                .raw(addr(src)).raw(addr(dst)).raw(headersAndPayload).toArray();
    }

    /** An 8-byte IPv6 hop-by-hop or destination-options header (PadN only). */
    public static byte[] v6Options(int next) {
        return new Bytes().u8(next).u8(0).u8(1).u8(4).u32(0).toArray();
    }

    /** An IPv6 fragment header. */
    public static byte[] v6Fragment(int next, int offsetUnits, boolean more) {
        return new Bytes().u8(next).u8(0).u16(offsetUnits << 3 | (more ? 1 : 0)).u32(7).toArray();
    }

    /** UDP header and payload (checksum zero). */
    public static byte[] udp(int sport, int dport, byte[] payload) {
        return new Bytes().u16(sport).u16(dport).u16(8 + payload.length).u16(0).raw(payload).toArray();
    }

    /** TCP header without options. */
    public static byte[] tcp(int sport, int dport, int flags, byte[] payload) {
        return new Bytes().u16(sport).u16(dport).u32(1).u32(flags == Packet.SYN ? 0 : 1).u8(0x50).u8(flags)
                .u16(65535).u16(0).u16(0).raw(payload).toArray();
    }

    /** ICMP or ICMPv6 echo. */
    public static byte[] icmp(int type, int code) {
        return new Bytes().u8(type).u8(code).u16(0).u32(0x00010001).toArray();
    }

    /** Concatenates byte arrays. */
    public static byte[] concat(byte[]... parts) {
        Bytes b = new Bytes();
        for (byte[] p : parts) {
            b.raw(p);
        }
        return b.toArray();
    }

    /** A DNS response to one question with the given answer records ({name, type, value}). */
    public static byte[] dnsResponse(int id, String question, int qtype, String[]... answers) {
        Bytes b = new Bytes().u16(id).u16(0x8180).u16(1).u16(answers.length).u16(0).u16(0);
        b.name(question).u16(qtype).u16(1);
        for (String[] a : answers) {
            int type = Integer.parseInt(a[1]);
            b.name(a[0]).u16(type).u16(1).u32(300);
            byte[] rdata = type == 5 ? new Bytes().name(a[2]).toArray() : addr(a[2]);
            b.u16(rdata.length).raw(rdata);
        }
        return b.toArray();
    }

    /** Address bytes of a literal. */
    public static byte[] addr(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** Big-endian byte builder. */
    public static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        /** Appends one byte. */
        public Bytes u8(int v) {
            out.write(v);
            return this;
        }

        /** Appends two bytes. */
        public Bytes u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        /** Appends four bytes. */
        public Bytes u32(int v) {
            return u16(v >>> 16).u16(v);
        }

        /** Appends raw bytes. */
        public Bytes raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        /** Appends a MAC address. */
        public Bytes mac(String mac) {
            for (String part : mac.split(":")) {
                u8(Integer.parseInt(part, 16));
            }
            return this;
        }

        /** Appends an uncompressed DNS name. */
        public Bytes name(String name) {
            for (String label : name.split("\\.")) {
                byte[] l = label.getBytes(StandardCharsets.US_ASCII);
                u8(l.length).raw(l);
            }
            return u8(0);
        }

        /** The bytes so far. */
        public byte[] toArray() {
            return out.toByteArray();
        }
    }
}
