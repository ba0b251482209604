package org.trustbricks.web.attestation;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trustbricks.attestation.cose.EcPublicKey;

/** A P-256 public key as a JSON Web Key (RFC 7517), for relying parties that check EARs. */
final class Jwk {

    private Jwk() {
    }

    static Map<String, Object> of(EcPublicKey key, String keyId) {
        byte[] point = key.sec1();
        int n = (point.length - 1) / 2;
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", b64.encodeToString(Arrays.copyOfRange(point, 1, 1 + n)));
        jwk.put("y", b64.encodeToString(Arrays.copyOfRange(point, 1 + n, point.length)));
        jwk.put("alg", "ES256");
        jwk.put("use", "sig");
        jwk.put("kid", keyId);
        return jwk;
    }
}
