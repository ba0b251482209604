package org.trustbricks.attestation.cose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cbor.CborEncoder;
import org.trustbricks.attestation.cbor.CborItem;

/**
 * A COSE_Sign1 structure (RFC 9052, tag 18).
 *
 * @param protectedBytes    the serialized protected header as received
 * @param protectedHeader   the decoded protected header
 * @param unprotectedHeader the unprotected header
 * @param payload           the payload
 * @param signature         the signature (r||s for ECDSA)
 */
public record CoseSign1(byte[] protectedBytes, CborItem.MapItem protectedHeader, CborItem.MapItem unprotectedHeader,
                        byte[] payload, byte[] signature) implements CoseMessage {

    /** The COSE_Sign1 tag. */
    public static final int TAG = 18;

    @Override
    public Optional<CoseAlgorithm> algorithm() {
        return CoseHeaders.algorithm(protectedHeader);
    }

    @Override
    public int tagNumber() {
        return TAG;
    }

    /** The Sig_structure ["Signature1", protected, h'', payload] that the signature covers. */
    public byte[] toBeSigned() {
        return toBeSigned(protectedBytes, payload);
    }

    static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
        return CborEncoder.encode(new CborItem.Array(List.of(new CborItem.Text("Signature1"),
                new CborItem.Bytes(protectedBytes), new CborItem.Bytes(new byte[0]), new CborItem.Bytes(payload))));
    }

    @Override
    public byte[] encode() {
        return CborEncoder.encode(new CborItem.Tag(TAG, new CborItem.Array(List.of(new CborItem.Bytes(protectedBytes),
                unprotectedHeader, new CborItem.Bytes(payload), new CborItem.Bytes(signature)))));
    }

    /** Signs a payload: the protected header carries the signer's algorithm plus {@code extraProtected}. */
    public static CoseSign1 sign(CoseSigner signer, Map<CborItem, CborItem> extraProtected, CborItem.MapItem unprotected,
                                 byte[] payload) {
        CborItem.MapItem prot = CoseHeaders.withAlgorithm(signer.algorithm(), extraProtected);
        byte[] protBytes = CborEncoder.encode(prot);
        byte[] sig = signer.sign(toBeSigned(protBytes, payload));
        return new CoseSign1(protBytes, prot, unprotected, payload, sig);
    }
}
