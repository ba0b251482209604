package org.trustbricks.mud.sign;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A manufacturer's MUD signing credentials: a CA and a signer certificate issued by it, EC P-256.
 *
 * @param caKeyPair     the CA key pair
 * @param caCertificate the self-signed CA certificate (the trust anchor MUD managers configure)
 * @param signerKeyPair the signer key pair
 * @param signerCertificate the MUD signer certificate, issued by the CA
 */
public record ManufacturerCredentials(KeyPair caKeyPair, X509Certificate caCertificate, KeyPair signerKeyPair,
        X509Certificate signerCertificate) {

    /** The signer as a {@link SigningKey} (chain: the CA certificate). */
    public SigningKey signingKey() {
        return new SigningKey(signerKeyPair.getPrivate(), signerCertificate, List.of(caCertificate), null);
    }

    /** The signer's private key as PKCS#8 PEM. */
    public String signerKeyPem() {
        return Pem.privateKey(signerKeyPair.getPrivate());
    }

    /** The signer certificate as PEM. */
    public String signerCertificatePem() {
        return Pem.certificates(List.of(signerCertificate));
    }

    /** The CA certificate as PEM. */
    public String caCertificatePem() {
        return Pem.certificates(List.of(caCertificate));
    }

    /** The CA's private key as PKCS#8 PEM (for issuing device certificates). */
    public String caKeyPem() {
        return Pem.privateKey(caKeyPair.getPrivate());
    }
}
