package org.trustbricks.mudmanager.capture;

import java.util.ArrayList;
import java.util.List;

/** A copy of the fields of a decoded packet, for assertions. */
public record Seen(long ts, int linkType, String srcMac, String dstMac, int vlans, int outerVlan, int innerVlan,
        int ipVersion, String src, String dst, int protocol, int srcPort, int dstPort, int tcpFlags,
        boolean fragment, boolean laterFragment, int capLen, int origLen, DecodeIssue issue) {

    /** Copies a packet. */
    public static Seen of(Packet p) {
        return new Seen(p.timestampNanos(), p.linkType(), p.srcMac() < 0 ? null : IpBytes.macText(p.srcMac()),
                p.dstMac() < 0 ? null : IpBytes.macText(p.dstMac()), p.vlanCount(), p.outerVlan(), p.innerVlan(),
                p.ipVersion(), p.ipVersion() == 0 ? null : p.srcAddress().getHostAddress(),
                p.ipVersion() == 0 ? null : p.dstAddress().getHostAddress(), p.protocol(), p.srcPort(), p.dstPort(),
                p.tcpFlags(), p.fragment(), p.laterFragment(), p.captureLength(), p.originalLength(), p.issue());
    }

    /** A listener that collects copies, and the list it fills. */
    public static final class Collector implements PacketListener {
        /** Packets seen so far. */
        public final List<Seen> packets = new ArrayList<>();

        @Override
        public void onPacket(Packet packet) {
            packets.add(Seen.of(packet));
        }
    }
}
