package org.trustbricks.attestation.appraisal;

import org.trustbricks.attestation.cose.VerificationKey;

/**
 * The verification key of one device instance (a CoRIM attest-key-triple).
 *
 * @param instanceId the PSA instance id (33 bytes, 0x01 first)
 * @param key        its verification key
 */
public record AttestationKey(byte[] instanceId, VerificationKey key) {
}
