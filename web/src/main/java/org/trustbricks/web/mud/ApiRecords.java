package org.trustbricks.web.mud;

import java.time.Instant;
import java.util.List;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.registry.mud.Manufacturer;

/** Request and response bodies of the MUD API that are not views of stored rows. */
final class ApiRecords {

    private ApiRecords() {
    }

    /**
     * Registers a manufacturer.
     *
     * @param name the manufacturer name written into MUD files
     * @param slug the URL segment; derived from the name when absent
     */
    record ManufacturerRequest(String name, String slug) {
    }

    /**
     * Sets the manufacturer's signer.
     *
     * @param mode           {@code generate}, {@code upload} or {@code pkcs11}
     * @param certificatePem upload: the signer certificate (PEM), optionally followed by its chain
     * @param keyPem         upload: its private key (PEM; PKCS#8, encrypted PKCS#8, SEC1 or PKCS#1)
     * @param keyPassword    upload: the password of an encrypted key
     * @param chainPem       upload: intermediate certificates
     * @param trustAnchorPem upload, pkcs11: the trust anchor (default: the last certificate of the chain)
     * @param alias          pkcs11: the key's alias in the platform token
     */
    record SignerRequest(String mode, String certificatePem, String keyPem, String keyPassword, String chainPem,
                         String trustAnchorPem, String alias) {
    }

    /**
     * A manufacturer.
     *
     * @param slug         URL segment
     * @param name         name in MUD files
     * @param organisation the owning vendor organisation
     * @param createdAt    when registered
     * @param signer       the signer, or null
     */
    record ManufacturerView(String slug, String name, String organisation, Instant createdAt, SignerView signer) {
        static ManufacturerView of(Manufacturer m, SignerView signer) {
            return new ManufacturerView(m.slug(), m.name(), m.organisationName(), m.createdAt(), signer);
        }
    }

    /**
     * What a model's MUD URL serves now.
     *
     * @param manufacturer       URL segment
     * @param model              URL segment
     * @param version            the published version
     * @param mudUrl             the MUD URL
     * @param signatureUrl       the signature URL
     * @param etag               the strong entity tag of the file
     * @param cacheValidityHours from the file, the hosting max-age
     * @param publishedAt        Last-Modified
     * @param signature          verification of the signature against the manufacturer's trust anchor
     */
    record PublicationView(String manufacturer, String model, int version, String mudUrl, String signatureUrl, String etag,
                           int cacheValidityHours, Instant publishedAt, VerificationResult signature) {
    }

    /**
     * Asks for a device certificate carrying the model's MUD URL and the MUD signer's name.
     *
     * @param publicKeyPem the device's public key ({@code BEGIN PUBLIC KEY})
     * @param serialNumber the device serial number (the certificate subject)
     */
    record DeviceCertificateRequest(String publicKeyPem, String serialNumber) {
    }

    /** A list wrapper so that list responses can grow fields later. */
    record Items<T>(List<T> items) {
    }
}
