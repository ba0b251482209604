package org.trustbricks.attestation.tps;

import java.util.Optional;

/**
 * How a client identifies itself when opening a session. The reference implementation gives APPLICATION,
 * USER_APPLICATION and GROUP_APPLICATION the same values as USER and GROUP; the values here are those of the
 * GlobalPlatform TEE Client API, which keeps them distinct (docs/attestation/tps-notes.md).
 */
public enum LoginMethod {
    /** No identity. */
    PUBLIC(0),
    /** The operating-system user. */
    USER(1),
    /** A group, given as a GID in the connection data. */
    GROUP(2),
    /** The application. */
    APPLICATION(4),
    /** The user and the application. */
    USER_APPLICATION(5),
    /** The group and the application. */
    GROUP_APPLICATION(6);

    private final int value;

    LoginMethod(int value) {
        this.value = value;
    }

    /** The numeric value carried in messages. */
    public int value() {
        return value;
    }

    /** The login method with this value. */
    public static Optional<LoginMethod> byValue(long v) {
        for (LoginMethod m : values()) {
            if (m.value == v) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
