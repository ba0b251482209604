package org.trustbricks.mudmanager.policy;

/** Which side opened a TCP connection. */
public enum Initiator {
    /** The device sent the SYN. */
    DEVICE,
    /** The remote peer sent the SYN. */
    PEER,
    /** Not known (not TCP, or the opening was not seen). */
    UNKNOWN
}
