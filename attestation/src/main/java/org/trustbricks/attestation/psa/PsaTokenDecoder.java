package org.trustbricks.attestation.psa;

import org.trustbricks.attestation.cbor.CborDecoder;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseDecoder;
import org.trustbricks.attestation.cose.CoseMessage;
import org.trustbricks.common.MalformedInputException;

/** Decodes a PSA token (COSE_Sign1 or COSE_Mac0, optionally in a CWT tag) and validates its claims; no key is used. */
public final class PsaTokenDecoder {

    /** The largest token accepted. */
    public static final int MAX_TOKEN_BYTES = 16 * 1024;

    private static final CborDecoder DECODER = CborDecoder.withLimits(MAX_TOKEN_BYTES, 12, 2048);

    private PsaTokenDecoder() {
    }

    /** Decodes a token; structural problems throw, claim problems are reported as findings. */
    public static PsaToken decode(byte[] token) throws MalformedInputException {
        if (token != null && token.length > MAX_TOKEN_BYTES) {
            throw new MalformedInputException("the token has " + token.length + " bytes, more than the limit of " + MAX_TOKEN_BYTES);
        }
        CoseMessage cose = CoseDecoder.fromItem(DECODER.decode(token));
        return fromEnvelope(cose);
    }

    /** Reads and validates the claims-set carried by an already decoded envelope. */
    public static PsaToken fromEnvelope(CoseMessage cose) throws MalformedInputException {
        CborItem payload;
        try {
            payload = DECODER.decode(cose.payload());
        } catch (MalformedInputException e) {
            throw new MalformedInputException("the token's payload is not a CBOR claims-set: " + e.getMessage());
        }
        if (!(payload instanceof CborItem.MapItem claimsSet)) {
            throw new MalformedInputException("the token's payload must be a claims map, found " + payload.typeName());
        }
        PsaClaimsCbor.Read read = PsaClaimsCbor.read(claimsSet);
        return new PsaToken(cose, claimsSet, read.claims(), read.withValidation());
    }
}
