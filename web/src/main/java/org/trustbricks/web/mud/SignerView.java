package org.trustbricks.web.mud;

import java.security.cert.X509Certificate;
import java.time.Instant;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.registry.mud.SignerRecord;

/**
 * A manufacturer's MUD signer as shown by the API and pages; it never carries a private key.
 *
 * @param source         GENERATED, UPLOADED or PKCS11
 * @param subject        the signer certificate's subject
 * @param issuer         its issuer
 * @param notBefore      start of validity
 * @param notAfter       end of validity
 * @param certificatePem the signer certificate
 * @param chainPem       intermediates embedded in signatures
 * @param trustAnchorPem the certificate MUD managers configure to verify this manufacturer's files
 * @param pkcs11Alias    the token alias, or null
 * @param createdAt      when the signer was set
 */
public record SignerView(String source, String subject, String issuer, Instant notBefore, Instant notAfter,
                         String certificatePem, String chainPem, String trustAnchorPem, String pkcs11Alias,
                         Instant createdAt) {

    static SignerView of(SignerRecord r) {
        X509Certificate c;
        try {
            c = Pem.certificates(r.certificatePem().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).get(0);
        } catch (MalformedInputException e) {
            throw new IllegalStateException("a stored signer certificate cannot be read", e);
        }
        return new SignerView(r.source().name(), c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), r.certificatePem(), r.chainPem(),
                r.trustAnchorPem(), r.pkcs11Alias(), r.createdAt());
    }
}
