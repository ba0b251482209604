package org.trustbricks.mudmanager.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One decoded packet, reused by the reader for every record: valid only during
 * {@link PacketListener#onPacket(Packet)}. Absent fields are -1 (or 0 for {@link #ipVersion()}).
 */
public final class Packet {

    /** TCP flag bits as in the TCP header. */
    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

    byte[] data;
    int start;
    int captureLength;
    int originalLength;
    long timestampNanos;
    int linkType;
    int interfaceId;
    long recordNumber;
    long fileOffset;

    long srcMac;
    long dstMac;
    int vlanCount;
    int outerVlan;
    int innerVlan;
    int etherType;
    int networkOffset;
    boolean outgoing;

    int ipVersion;
    int v4Src;
    int v4Dst;
    long v6SrcHi;
    long v6SrcLo;
    long v6DstHi;
    long v6DstLo;
    int protocol;
    boolean fragment;
    boolean laterFragment;
    int srcPort;
    int dstPort;
    int tcpFlags;
    int icmpType;
    int icmpCode;
    int payloadOffset;
    int payloadLength;
    DecodeIssue issue;

    Packet() {
    }

    void reset(byte[] buffer, int offset, int capLen, int origLen) {
        data = buffer;
        start = offset;
        captureLength = capLen;
        originalLength = origLen;
        srcMac = -1;
        dstMac = -1;
        vlanCount = 0;
        outerVlan = -1;
        innerVlan = -1;
        etherType = -1;
        networkOffset = -1;
        outgoing = false;
        ipVersion = 0;
        protocol = -1;
        fragment = false;
        laterFragment = false;
        srcPort = -1;
        dstPort = -1;
        tcpFlags = -1;
        icmpType = -1;
        icmpCode = -1;
        payloadOffset = -1;
        payloadLength = 0;
        issue = null;
    }

    /** 1-based number of this record in its capture file. */
    public long recordNumber() {
        return recordNumber;
    }

    /** Byte offset of this record in its capture file (for progress reporting). */
    public long fileOffset() {
        return fileOffset;
    }

    /** Capture time in nanoseconds since the Unix epoch. */
    public long timestampNanos() {
        return timestampNanos;
    }

    /** LINKTYPE_ value of the interface that captured it. */
    public int linkType() {
        return linkType;
    }

    /** Index of the pcapng interface (0 for classic pcap). */
    public int interfaceId() {
        return interfaceId;
    }

    /** Bytes captured. */
    public int captureLength() {
        return captureLength;
    }

    /** Length on the wire. */
    public int originalLength() {
        return originalLength;
    }

    /** True when the capture cut the packet short (snaplen). */
    public boolean snaplenCut() {
        return captureLength < originalLength;
    }

    /** The buffer holding the packet; valid only during the callback. */
    public byte[] buffer() {
        return data;
    }

    /** Offset of the first link-layer byte in {@link #buffer()}. */
    public int offset() {
        return start;
    }

    /** Source MAC as a 48-bit number, or -1. */
    public long srcMac() {
        return srcMac;
    }

    /** Destination MAC as a 48-bit number, or -1 (Linux cooked captures have none). */
    public long dstMac() {
        return dstMac;
    }

    /** Number of 802.1Q/802.1ad tags. */
    public int vlanCount() {
        return vlanCount;
    }

    /** VLAN id of the outer tag, or -1. */
    public int outerVlan() {
        return outerVlan;
    }

    /** VLAN id of the second tag (QinQ), or -1. */
    public int innerVlan() {
        return innerVlan;
    }

    /** EtherType of the network layer after any VLAN tags, or -1. */
    public int etherType() {
        return etherType;
    }

    /** Offset in {@link #buffer()} of the network layer (IP header, or an ARP/LLDP/EAPOL body), or -1. */
    public int networkOffset() {
        return networkOffset;
    }

    /** True for Linux cooked captures that mark the packet as sent by the capturing host. */
    public boolean outgoing() {
        return outgoing;
    }

    /** 4, 6, or 0 when the packet carries no IP. */
    public int ipVersion() {
        return ipVersion;
    }

    /** IPv4 source as a 32-bit number. */
    public int v4Src() {
        return v4Src;
    }

    /** IPv4 destination as a 32-bit number. */
    public int v4Dst() {
        return v4Dst;
    }

    /** High 64 bits of the IPv6 source. */
    public long v6SrcHi() {
        return v6SrcHi;
    }

    /** Low 64 bits of the IPv6 source. */
    public long v6SrcLo() {
        return v6SrcLo;
    }

    /** High 64 bits of the IPv6 destination. */
    public long v6DstHi() {
        return v6DstHi;
    }

    /** Low 64 bits of the IPv6 destination. */
    public long v6DstLo() {
        return v6DstLo;
    }

    /** Upper-layer protocol number (after IPv6 extension headers), or -1. */
    public int protocol() {
        return protocol;
    }

    /** True when the IP packet is a fragment (first or later). */
    public boolean fragment() {
        return fragment;
    }

    /** True when this is a non-first fragment, which carries no transport header. */
    public boolean laterFragment() {
        return laterFragment;
    }

    /** Transport source port, or -1. */
    public int srcPort() {
        return srcPort;
    }

    /** Transport destination port, or -1. */
    public int dstPort() {
        return dstPort;
    }

    /** TCP flags byte, or -1. */
    public int tcpFlags() {
        return tcpFlags;
    }

    /** True for a TCP SYN without ACK (a connection opening). */
    public boolean tcpSynOnly() {
        return tcpFlags >= 0 && (tcpFlags & (SYN | ACK)) == SYN;
    }

    /** True for a TCP SYN+ACK. */
    public boolean tcpSynAck() {
        return tcpFlags >= 0 && (tcpFlags & (SYN | ACK)) == (SYN | ACK);
    }

    /** ICMP/ICMPv6 type, or -1. */
    public int icmpType() {
        return icmpType;
    }

    /** ICMP/ICMPv6 code, or -1. */
    public int icmpCode() {
        return icmpCode;
    }

    /** Offset of the transport payload in {@link #buffer()}, or -1. */
    public int payloadOffset() {
        return payloadOffset;
    }

    /** Captured length of the transport payload. */
    public int payloadLength() {
        return payloadLength;
    }

    /** Why decoding stopped early, or null when every layer present was decoded. */
    public DecodeIssue issue() {
        return issue;
    }

    /** Source IP address (allocates), or null. */
    public InetAddress srcAddress() {
        return address(true);
    }

    /** Destination IP address (allocates), or null. */
    public InetAddress dstAddress() {
        return address(false);
    }

    private InetAddress address(boolean src) {
        try {
            if (ipVersion == 4) {
                return InetAddress.getByAddress(IpBytes.v4(src ? v4Src : v4Dst));
            }
            if (ipVersion == 6) {
                return InetAddress.getByAddress(src ? IpBytes.v6(v6SrcHi, v6SrcLo) : IpBytes.v6(v6DstHi, v6DstLo));
            }
            return null;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
