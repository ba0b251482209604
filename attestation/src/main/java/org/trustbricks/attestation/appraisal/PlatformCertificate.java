package org.trustbricks.attestation.appraisal;

/**
 * A platform's certificate as the registry reports it.
 *
 * @param certificateId the registry's certificate identifier
 * @param status        its status
 */
public record PlatformCertificate(String certificateId, CertificateStatus status) {
}
