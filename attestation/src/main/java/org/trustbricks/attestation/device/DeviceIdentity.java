package org.trustbricks.attestation.device;

import org.trustbricks.attestation.cose.EcPublicKey;

/**
 * What a device's attestation service reveals about its identity, read at manufacturing to provision endorsements.
 *
 * @param attestationKey   the IAK public key
 * @param instanceId       the PSA instance id
 * @param implementationId the PSA implementation id
 */
public record DeviceIdentity(EcPublicKey attestationKey, byte[] instanceId, byte[] implementationId) {
}
