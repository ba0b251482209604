package org.trustbricks.onboarding;

/** Which rules the network enforces for a device. */
public enum NetworkPolicy {
    /** The rules compiled from the device's MUD file. */
    FULL_MUD,
    /** The site's quarantine rules. */
    QUARANTINE,
    /** Nothing allowed. */
    DENY_ALL
}
