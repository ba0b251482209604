package org.trustbricks.mudmanager.compile;

import org.trustbricks.mudmanager.net.AddressSet;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.PortMatch;

/**
 * One ACE bound to site addresses.
 *
 * @param acl       ACL name ({@code default} for the built-in DNS/NTP allowances)
 * @param ace       ACE name ({@code default-dns}, {@code default-ntp} for the built-ins)
 * @param direction from-device or to-device
 * @param ipVersion 4 or 6
 * @param protocol  IP protocol, or -1 for any
 * @param peerSet   name of the shared address set the peer must be in, or null for an inline set or any peer
 * @param peer      addresses the peer must be in, or null for any peer
 * @param dnsName   the DNS name the ACE was written with, or null
 * @param peerText  the remote end as the MUD file states it (for reports)
 * @param srcPort   source port condition
 * @param dstPort   destination port condition
 * @param initiated required TCP initiator, or UNKNOWN for none
 * @param icmpType  ICMP type or -1
 * @param icmpCode  ICMP code or -1
 * @param accept    accept (true) or drop (false)
 */
public record BoundRule(String acl, String ace, Direction direction, int ipVersion, int protocol, String peerSet,
        AddressSet peer, String dnsName, String peerText, PortMatch srcPort, PortMatch dstPort, Initiator initiated,
        int icmpType, int icmpCode, boolean accept) {

    /** True when the rule can match no address (for example a DNS name with no answer yet). */
    public boolean matchesNoAddress() {
        return peer != null && peer.prefixes(ipVersion).isEmpty();
    }
}
