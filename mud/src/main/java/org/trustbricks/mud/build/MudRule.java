package org.trustbricks.mud.build;

/**
 * One kind of traffic the device may exchange, in plain terms.
 *
 * @param target    whom the device talks to
 * @param value     the DNS name (CLOUD), manufacturer host (MANUFACTURER), MUD URL (MODEL) or controller class URI
 *                  (CONTROLLER); null for the other targets
 * @param protocol  TCP, UDP, ICMP or ANY
 * @param port      the service port (1-65535) for TCP/UDP, or null for any port; it is the remote side's port when
 *                  the device initiates (or either side does), the device's own port when the remote side initiates
 * @param initiator who opens the conversation; for TCP it becomes {@code direction-initiated}
 */
public record MudRule(Target target, String value, Protocol protocol, Integer port, Initiator initiator) {

    /** Whom a rule lets the device talk to (RFC 8520 section 4 abstractions). */
    public enum Target {
        /** An Internet service named by DNS ({@code src-dnsname}/{@code dst-dnsname}). */
        CLOUD,
        /** Any address of the local networks ({@code local-networks}). */
        LOCAL_NETWORK,
        /** Devices of the same manufacturer ({@code same-manufacturer}). */
        SAME_MANUFACTURER,
        /** Devices of another named manufacturer ({@code manufacturer}). */
        MANUFACTURER,
        /** Devices of the same model, named by their MUD URL ({@code model}). */
        MODEL,
        /** Controllers of a class such as {@code urn:ietf:params:mud:dns} ({@code controller}). */
        CONTROLLER,
        /** The controllers the network configures for this device ({@code my-controller}). */
        MY_CONTROLLER
    }

    /** The transport. */
    public enum Protocol { TCP, UDP, ICMP, ANY }

    /** Who opens the conversation. */
    public enum Initiator { DEVICE, REMOTE, EITHER }

    /** A rule for a cloud service the device connects to over TCP. */
    public static MudRule cloudTcp(String dnsName, int port) {
        return new MudRule(Target.CLOUD, dnsName, Protocol.TCP, port, Initiator.DEVICE);
    }

    /** A rule with the given target and no value. */
    public static MudRule to(Target target, Protocol protocol, Integer port, Initiator initiator) {
        return new MudRule(target, null, protocol, port, initiator);
    }
}
