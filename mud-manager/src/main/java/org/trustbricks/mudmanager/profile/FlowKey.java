package org.trustbricks.mudmanager.profile;

/**
 * Identity of a profiled flow: peer address, protocol, service (port, or ICMP type) and which side offers it
 * (for ICMP and other protocols: whether the device sent it).
 */
record FlowKey(int version, long hi, long lo, int protocol, int service, boolean onPeer) {
}
