package org.trustbricks.onboarding;

/** What happens to a device that asks to join the network, from most to least trusted. */
public enum Decision {
    /** The device gets its full MUD policy. */
    ADMITTED,
    /** The device gets the site's quarantine policy (for example only its update server and manufacturer). */
    RESTRICTED,
    /** The device gets no network access. */
    REFUSED;

    /** The less trusting of the two. */
    public Decision worse(Decision other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** The network policy that goes with this decision. */
    public NetworkPolicy networkPolicy() {
        return switch (this) {
            case ADMITTED -> NetworkPolicy.FULL_MUD;
            case RESTRICTED -> NetworkPolicy.QUARANTINE;
            case REFUSED -> NetworkPolicy.DENY_ALL;
        };
    }
}
