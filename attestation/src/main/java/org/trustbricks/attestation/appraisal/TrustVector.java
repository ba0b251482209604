package org.trustbricks.attestation.appraisal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The AR4SI trustworthiness vector. Values: 0 no claim, 1 unexpected evidence, 2 affirming (e.g. trustworthy,
 * genuine, approved), 32 warning (e.g. known vulnerabilities), 33 unrecognized executables, 96 contraindicated,
 * 97 unrecognized, 99 cryptographic validation failed.
 *
 * @param instanceIdentity the attester's identity
 * @param configuration    its configuration
 * @param executables      its executables (software components)
 * @param fileSystem       its file system
 * @param hardware         its hardware (here: genuineness and certification of the platform)
 * @param runtimeOpaque    opacity of its runtime memory
 * @param storageOpaque    opacity of its storage
 * @param sourcedData      data it sourced
 */
public record TrustVector(@JsonProperty("instance-identity") int instanceIdentity, int configuration, int executables,
                          @JsonProperty("file-system") int fileSystem, int hardware,
                          @JsonProperty("runtime-opaque") int runtimeOpaque, @JsonProperty("storage-opaque") int storageOpaque,
                          @JsonProperty("sourced-data") int sourcedData) {

    /** No claims at all. */
    public static final TrustVector EMPTY = new TrustVector(0, 0, 0, 0, 0, 0, 0, 0);

    /** Every claim set to 99: the evidence failed cryptographic validation. */
    public static final TrustVector CRYPTO_FAILED = new TrustVector(99, 99, 99, 99, 99, 99, 99, 99);

    /** The most concerning tier among the claims. */
    public TrustTier tier() {
        TrustTier t = TrustTier.NONE;
        for (int v : new int[] {instanceIdentity, configuration, executables, fileSystem, hardware, runtimeOpaque, storageOpaque, sourcedData}) {
            t = t.worst(TrustTier.of(v));
        }
        return t;
    }

    /** This vector with a different hardware claim. */
    public TrustVector withHardware(int v) {
        return new TrustVector(instanceIdentity, configuration, executables, fileSystem, v, runtimeOpaque, storageOpaque, sourcedData);
    }
}
