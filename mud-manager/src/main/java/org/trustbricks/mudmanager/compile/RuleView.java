package org.trustbricks.mudmanager.compile;

import java.util.List;

/**
 * One rule in the neutral JSON rule list.
 *
 * @param device    device name
 * @param direction {@code from-device} or {@code to-device}
 * @param family    {@code ipv4} or {@code ipv6}
 * @param protocol  IP protocol, or -1 for any
 * @param peer      the remote end as the MUD file states it
 * @param peerSet   shared set name, or null
 * @param addresses the remote addresses bound now (null: any address)
 * @param srcPort   {@code any}, {@code 443}, {@code 1000-2000} or {@code !=53}
 * @param dstPort   as srcPort
 * @param icmpType  ICMP type or -1
 * @param icmpCode  ICMP code or -1
 * @param state     {@code new}, {@code established} or {@code any} (direction-initiated)
 * @param action    {@code accept} or {@code drop}
 * @param acl       ACL that produced it
 * @param ace       ACE that produced it
 */
public record RuleView(String device, String direction, String family, int protocol, String peer, String peerSet,
        List<String> addresses, String srcPort, String dstPort, int icmpType, int icmpCode, String state,
        String action, String acl, String ace) {
}
