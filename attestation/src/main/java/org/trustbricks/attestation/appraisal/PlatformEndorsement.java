package org.trustbricks.attestation.appraisal;

import java.util.List;

/**
 * What an endorser states about one PSA platform class, identified by its implementation id.
 *
 * @param implementationId the PSA implementation id (32 bytes)
 * @param vendor           the vendor name; may be null
 * @param model            the model name; may be null
 * @param certificateId    the registry certificate of the platform; null when none is linked
 * @param attestationKeys  the instances' verification keys
 * @param referenceValues  the expected software components; empty when none are provisioned
 */
public record PlatformEndorsement(byte[] implementationId, String vendor, String model, String certificateId,
                                  List<AttestationKey> attestationKeys, List<ReferenceValue> referenceValues) {

    public PlatformEndorsement {
        attestationKeys = List.copyOf(attestationKeys);
        referenceValues = List.copyOf(referenceValues);
    }
}
