package org.trustbricks.registry.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Signs certificate documents as compact JWS (ES256) with a CB's key; the CB certificate travels in {@code x5c}. */
public final class CbSigner {

    /** The JWS content type of signed SESIP certificates. */
    public static final String CONTENT_TYPE = "application/vnd.trustbricks.sesip-certificate+json";

    private final String keyId;
    private final X509Certificate certificate;
    private final PrivateKey key;

    CbSigner(String keyId, X509Certificate certificate, PrivateKey key) {
        this.keyId = keyId;
        this.certificate = certificate;
        this.key = key;
    }

    /** Signs the JSON payload; returns the compact serialisation. */
    public String sign(byte[] payloadJson) {
        try {
            String header = "{\"alg\":\"ES256\",\"typ\":\"JOSE\",\"cty\":\"" + CONTENT_TYPE + "\",\"kid\":\"" + keyId
                    + "\",\"x5c\":[\"" + Base64.getEncoder().encodeToString(certificate.getEncoded()) + "\"]}";
            String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payloadJson);
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the CB key " + keyId, e);
        }
    }

    /** The key id. */
    public String keyId() {
        return keyId;
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public String toString() {
        return "CbSigner[" + keyId + "]";
    }
}
