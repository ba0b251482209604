package org.trustbricks.mudmanager.profile;

import org.trustbricks.mudmanager.policy.Initiator;

/** Counters of one flow; mutable, owned by the profiler run. */
final class FlowStats {

    static final int UNSET = -1;
    static final int VARYING = -2;

    final FlowKey key;
    long packetsFrom;
    long packetsTo;
    long bytes;
    long firstNanos;
    Initiator initiator = Initiator.UNKNOWN;
    boolean handshakeSeen;
    boolean directionGuessed;
    int devicePort = UNSET;
    int peerPort = UNSET;
    String nameAtStart;

    FlowStats(FlowKey key, long firstNanos) {
        this.key = key;
        this.firstNanos = firstNanos;
    }

    void count(boolean fromDevice, int length, int devPort, int peerPortSeen) {
        if (fromDevice) {
            packetsFrom++;
        } else {
            packetsTo++;
        }
        bytes += length;
        devicePort = merge(devicePort, devPort);
        peerPort = merge(peerPort, peerPortSeen);
    }

    private static int merge(int known, int seen) {
        if (seen < 0 || known == VARYING) {
            return known;
        }
        return known == UNSET || known == seen ? seen : VARYING;
    }

    long packets() {
        return packetsFrom + packetsTo;
    }
}
