package org.trustbricks.registry.keys;

/**
 * A certification body's published signing certificate.
 *
 * @param cbId           the body's id
 * @param cb             its name
 * @param keyId          the key id carried in signed certificates ({@code kid})
 * @param certificatePem the X.509 certificate in PEM
 */
public record PublishedCbCertificate(long cbId, String cb, String keyId, String certificatePem) {
}
