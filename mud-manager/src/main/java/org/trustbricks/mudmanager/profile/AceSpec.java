package org.trustbricks.mudmanager.profile;

import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.Peer;
import org.trustbricks.mudmanager.policy.PortMatch;

/** An ACE the profiler will write. */
record AceSpec(int version, Direction direction, int protocol, Peer peer, PortMatch src, PortMatch dst,
        Initiator initiated, int icmpType) {
}
