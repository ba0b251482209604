package org.trustbricks.mudmanager.policy;

/**
 * One MUD ACE reduced to what enforcement needs.
 *
 * @param acl        ACL name
 * @param ace        ACE name
 * @param direction  from-device or to-device policy
 * @param ipVersion  4 or 6
 * @param protocol   IP protocol number, or -1 for any
 * @param peer       the remote end (destination for from-device, source for to-device)
 * @param srcPort    source port condition (TCP/UDP)
 * @param dstPort    destination port condition (TCP/UDP)
 * @param initiated  for TCP: which side must have opened the connection, or {@link Initiator#UNKNOWN} for no condition
 * @param icmpType   ICMP type, or -1 for any
 * @param icmpCode   ICMP code, or -1 for any
 * @param accept     true for accept, false for drop/reject
 */
public record AceRule(String acl, String ace, Direction direction, int ipVersion, int protocol, Peer peer,
        PortMatch srcPort, PortMatch dstPort, Initiator initiated, int icmpType, int icmpCode, boolean accept) {
}
