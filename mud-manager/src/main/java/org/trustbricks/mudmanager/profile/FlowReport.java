package org.trustbricks.mudmanager.profile;

/**
 * One observed flow and how the generated MUD file treats it.
 *
 * @param peer            remote address
 * @param peerName        DNS name the device looked up for it, or null
 * @param scope           {@code public}, {@code local}, {@code multicast} or {@code broadcast}
 * @param protocol        IP protocol number
 * @param service         service port (or ICMP type; -1 for other protocols)
 * @param deviceIsClient  true when the device used the peer's service
 * @param initiator       who opened it: {@code DEVICE}, {@code PEER} or {@code UNKNOWN}
 * @param handshakeSeen   true when the TCP SYN was captured
 * @param packetsFromDevice packets sent by the device
 * @param packetsToDevice packets sent to the device
 * @param included        false when a rule (R7) left it out
 * @param fromDeviceAce   ACL/ACE that allows the device's packets (policy engine re-check), or null
 * @param toDeviceAce     ACL/ACE that allows packets to the device, or null
 */
public record FlowReport(String peer, String peerName, String scope, int protocol, int service, boolean deviceIsClient,
        String initiator, boolean handshakeSeen, long packetsFromDevice, long packetsToDevice, boolean included,
        String fromDeviceAce, String toDeviceAce) {
}
