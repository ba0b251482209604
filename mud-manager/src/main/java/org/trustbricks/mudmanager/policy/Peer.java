package org.trustbricks.mudmanager.policy;

/** The remote end an ACE allows: a literal network, a DNS name, or one of the MUD abstractions. */
public sealed interface Peer {

    /** No condition on the remote end. */
    record Any() implements Peer {
    }

    /** A literal prefix such as {@code 192.0.2.0/24}. */
    record Network(String prefix) implements Peer {
    }

    /** A DNS name (ietf-acldns src-dnsname/dst-dnsname). */
    record DnsName(String name) implements Peer {
    }

    /** Devices whose MUD URL authority is {@code host}. */
    record Manufacturer(String host) implements Peer {
    }

    /** Devices whose MUD URL has the same authority as this device's. */
    record SameManufacturer() implements Peer {
    }

    /** Devices whose MUD URL equals {@code mudUrl}. */
    record Model(String mudUrl) implements Peer {
    }

    /** The site's local networks. */
    record LocalNetworks() implements Peer {
    }

    /** Controllers of the class named by {@code uri}. */
    record Controller(String uri) implements Peer {
    }

    /** The controllers configured for this device's MUD URL. */
    record MyController() implements Peer {
    }

    /** A short text form for reports. */
    default String describe() {
        return switch (this) {
            case Any a -> "any";
            case Network n -> n.prefix();
            case DnsName d -> "dns:" + d.name();
            case Manufacturer m -> "manufacturer:" + m.host();
            case SameManufacturer s -> "same-manufacturer";
            case Model m -> "model:" + m.mudUrl();
            case LocalNetworks l -> "local-networks";
            case Controller c -> "controller:" + c.uri();
            case MyController m -> "my-controller";
        };
    }
}
