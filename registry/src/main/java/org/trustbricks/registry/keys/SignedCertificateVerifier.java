package org.trustbricks.registry.keys;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * Checks a signed certificate document (compact JWS, ES256) offline. Without a pinned CB certificate it checks the
 * signature against the certificate the document carries and says that the issuer is not pinned.
 */
public final class SignedCertificateVerifier {

    /** Largest signed document accepted. */
    public static final int MAX_BYTES = 256 * 1024;

    private SignedCertificateVerifier() {
    }

    /** Verifies the document; {@code pinned} is the CB certificate to trust, or null. Never throws on bad input. */
    public static VerificationResult verify(byte[] document, X509Certificate pinned) {
        List<String> problems = new ArrayList<>();
        if (document == null || document.length == 0) {
            return VerificationResult.failed("the file is empty");
        }
        if (document.length > MAX_BYTES) {
            return VerificationResult.failed("the file is larger than " + MAX_BYTES + " bytes; a signed certificate is a few kilobytes");
        }
        String text = new String(document, StandardCharsets.US_ASCII).strip();
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !text.matches("[A-Za-z0-9_\\-.]+")) {
            return VerificationResult.failed("not a signed certificate: expected a compact JWS (three base64url parts separated by dots)");
        }
        try {
            JsonNode header = json(parts[0], "header");
            JsonNode payload = json(parts[1], "payload");
            if (!"ES256".equals(header.path("alg").asText())) {
                return VerificationResult.failed("unsupported signature algorithm '" + header.path("alg").asText() + "'; only ES256 is used");
            }
            if (!CbSigner.CONTENT_TYPE.equals(header.path("cty").asText())) {
                problems.add("the document does not declare itself a SESIP certificate (cty)");
            }
            JsonNode x5c = header.path("x5c");
            if (!x5c.isArray() || x5c.isEmpty()) {
                return VerificationResult.failed("the document carries no signer certificate (x5c)");
            }
            X509Certificate embedded = Pem.certificate(decode(x5c.get(0).asText(), "x5c", false));
            X509Certificate trusted = pinned != null ? pinned : embedded;
            byte[] sig = decode(parts[2], "signature", true);
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initVerify(trusted.getPublicKey());
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            boolean ok;
            try {
                ok = sig.length == 64 && s.verify(sig);
            } catch (java.security.SignatureException e) {
                ok = false;
            }
            if (!ok) {
                problems.add(pinned != null ? "the signature was not made with the given CB certificate's key"
                        : "the signature does not match the document: it was changed after signing");
            }
            if (pinned != null && !MessageDigest.isEqual(pinned.getEncoded(), embedded.getEncoded())) {
                problems.add("the document names a different signer certificate than the one given");
            }
            String issuer = embedded.getSubjectX500Principal().getName();
            return new VerificationResult(problems.isEmpty(), pinned != null, payload.path("id").asText(""),
                    payload.path("product").asText(""), payload.path("certificationBody").asText(""), issuer,
                    header.path("kid").asText(""), problems, payload);
        } catch (MalformedSignedCertificateException e) {
            return VerificationResult.failed(e.getMessage());
        } catch (GeneralSecurityException | RuntimeException e) {
            return VerificationResult.failed("the signature or signer certificate cannot be read");
        }
    }

    private static JsonNode json(String part, String what) {
        try {
            return UntrustedJson.withLimits(MAX_BYTES, 32).read(decode(part, what, true));
        } catch (MalformedInputException e) {
            throw MalformedSignedCertificateException.because("the " + what + " is not valid JSON: " + e.getMessage());
        }
    }

    private static byte[] decode(String part, String what, boolean url) {
        try {
            return url ? Base64.getUrlDecoder().decode(part) : Base64.getDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw MalformedSignedCertificateException.because("the " + what + " is not valid base64");
        }
    }
}
