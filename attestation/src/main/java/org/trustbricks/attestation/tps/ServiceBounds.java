package org.trustbricks.attestation.tps;

/** One bound of a service version range (TPSC_ServiceBounds). */
public sealed interface ServiceBounds {

    /** The bound includes its version. */
    record Inclusive(ServiceVersion version) implements ServiceBounds {
    }

    /** The bound excludes its version. */
    record Exclusive(ServiceVersion version) implements ServiceBounds {
    }

    /** No bound. */
    record NoBounds() implements ServiceBounds {
    }

    /** No bound. */
    static ServiceBounds none() {
        return new NoBounds();
    }
}
