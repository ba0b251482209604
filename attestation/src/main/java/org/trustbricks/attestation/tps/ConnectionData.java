package org.trustbricks.attestation.tps;

/** Extra identification given when connecting (TPSC_ConnectionData). */
public sealed interface ConnectionData {

    /** Nothing. */
    record None() implements ConnectionData {
    }

    /** A group id, for GROUP logins. */
    record Gid(int gid) implements ConnectionData {
    }

    /** Connector-specific data, for example an application identity. */
    record Proprietary(byte[] data) implements ConnectionData {
        public Proprietary {
            data = data.clone();
        }
    }

    /** No connection data. */
    static ConnectionData none() {
        return new None();
    }
}
