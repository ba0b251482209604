package org.trustbricks.attestation.tps;

/**
 * A service version, ordered as semantic versions.
 *
 * @param major major version
 * @param minor minor version
 * @param patch patch version
 */
public record ServiceVersion(int major, int minor, int patch) implements Comparable<ServiceVersion> {

    @Override
    public int compareTo(ServiceVersion o) {
        int c = Integer.compareUnsigned(major, o.major);
        if (c == 0) {
            c = Integer.compareUnsigned(minor, o.minor);
        }
        return c != 0 ? c : Integer.compareUnsigned(patch, o.patch);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(major) + "." + Integer.toUnsignedString(minor) + "." + Integer.toUnsignedString(patch);
    }
}
