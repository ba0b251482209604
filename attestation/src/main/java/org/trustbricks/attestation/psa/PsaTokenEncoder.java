package org.trustbricks.attestation.psa;

import java.util.Map;
import org.trustbricks.attestation.cbor.CborEncoder;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.CoseMac0;
import org.trustbricks.attestation.cose.CoseSign1;
import org.trustbricks.attestation.cose.CoseSigner;
import org.trustbricks.attestation.cose.HmacKey;

/** Produces PSA tokens: the claims-set encoded in its profile's keys, wrapped in COSE_Sign1 or COSE_Mac0. */
public final class PsaTokenEncoder {

    private static final CborItem.MapItem NO_HEADERS = new CborItem.MapItem(Map.of());

    private PsaTokenEncoder() {
    }

    /** The encoded claims-set. */
    public static byte[] claimsSet(PsaClaims claims) {
        return CborEncoder.encode(PsaClaimsCbor.write(claims));
    }

    /** A COSE_Sign1 token signed by the signer. */
    public static byte[] sign(PsaClaims claims, CoseSigner signer) {
        return CoseSign1.sign(signer, Map.of(), NO_HEADERS, claimsSet(claims)).encode();
    }

    /** A COSE_Mac0 token with an HMAC algorithm. */
    public static byte[] mac(PsaClaims claims, CoseAlgorithm alg, HmacKey key) {
        return CoseMac0.create(alg, key, Map.of(), NO_HEADERS, claimsSet(claims)).encode();
    }
}
