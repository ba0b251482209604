package org.trustbricks.mudmanager.policy;

import java.net.InetAddress;
import java.util.Locale;

/**
 * A flow to decide on: one packet's worth of facts.
 *
 * @param device      the device, by site name, MAC or IP address
 * @param direction   from-device or to-device
 * @param peerAddress the remote address, or null when only a name is known
 * @param peerName    the remote DNS name (as the device looked it up), or null
 * @param protocol    IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6)
 * @param srcPort     TCP/UDP source port, or ICMP type; -1 when absent
 * @param dstPort     TCP/UDP destination port, or ICMP code; -1 when absent
 * @param initiatedBy which side opened the TCP connection
 */
public record Flow(String device, Direction direction, InetAddress peerAddress, String peerName, int protocol,
        int srcPort, int dstPort, Initiator initiatedBy) {

    public Flow {
        peerName = peerName == null ? null : peerName.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        initiatedBy = initiatedBy == null ? Initiator.UNKNOWN : initiatedBy;
    }

    /** A TCP or UDP flow. */
    public static Flow of(String device, Direction direction, InetAddress peer, String peerName, int protocol,
            int srcPort, int dstPort, Initiator initiatedBy) {
        return new Flow(device, direction, peer, peerName, protocol, srcPort, dstPort, initiatedBy);
    }

    /** An ICMP or ICMPv6 flow. */
    public static Flow icmp(String device, Direction direction, InetAddress peer, int protocol, int type, int code) {
        return new Flow(device, direction, peer, null, protocol, type, code, Initiator.UNKNOWN);
    }
}
