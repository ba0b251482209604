package org.trustbricks.attestation.cose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.trustbricks.attestation.cbor.CborEncoder;
import org.trustbricks.attestation.cbor.CborItem;

/**
 * A COSE_Mac0 structure (RFC 9052, tag 17).
 *
 * @param protectedBytes    the serialized protected header as received
 * @param protectedHeader   the decoded protected header
 * @param unprotectedHeader the unprotected header
 * @param payload           the payload
 * @param tag               the MAC tag
 */
public record CoseMac0(byte[] protectedBytes, CborItem.MapItem protectedHeader, CborItem.MapItem unprotectedHeader,
                       byte[] payload, byte[] tag) implements CoseMessage {

    /** The COSE_Mac0 tag. */
    public static final int TAG = 17;

    @Override
    public Optional<CoseAlgorithm> algorithm() {
        return CoseHeaders.algorithm(protectedHeader);
    }

    @Override
    public int tagNumber() {
        return TAG;
    }

    /** The MAC_structure ["MAC0", protected, h'', payload] that the tag covers. */
    public byte[] toBeMaced() {
        return toBeMaced(protectedBytes, payload);
    }

    static byte[] toBeMaced(byte[] protectedBytes, byte[] payload) {
        return CborEncoder.encode(new CborItem.Array(List.of(new CborItem.Text("MAC0"),
                new CborItem.Bytes(protectedBytes), new CborItem.Bytes(new byte[0]), new CborItem.Bytes(payload))));
    }

    @Override
    public byte[] encode() {
        return CborEncoder.encode(new CborItem.Tag(TAG, new CborItem.Array(List.of(new CborItem.Bytes(protectedBytes),
                unprotectedHeader, new CborItem.Bytes(payload), new CborItem.Bytes(tag)))));
    }

    /** Creates a COSE_Mac0 over a payload with an HMAC algorithm. */
    public static CoseMac0 create(CoseAlgorithm alg, HmacKey key, Map<CborItem, CborItem> extraProtected,
                                  CborItem.MapItem unprotected, byte[] payload) {
        if (alg.isSignature()) {
            throw new IllegalArgumentException(alg + " is not a MAC algorithm");
        }
        CborItem.MapItem prot = CoseHeaders.withAlgorithm(alg, extraProtected);
        byte[] protBytes = CborEncoder.encode(prot);
        return new CoseMac0(protBytes, prot, unprotected, payload, hmac(alg, key, toBeMaced(protBytes, payload)));
    }

    static byte[] hmac(CoseAlgorithm alg, HmacKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(alg.hmacName());
            mac.init(new SecretKeySpec(key.secret(), alg.hmacName()));
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + alg.hmacName(), e);
        }
    }
}
