package org.trustbricks.attestation.cose;

import org.trustbricks.attestation.cbor.CborItem;

/** A decoded COSE_Sign1 or COSE_Mac0 structure, keeping the exact received bytes of the protected header. */
public sealed interface CoseMessage permits CoseSign1, CoseMac0 {

    /** The protected header exactly as received (a serialized map, possibly empty). */
    byte[] protectedBytes();

    /** The decoded protected header. */
    CborItem.MapItem protectedHeader();

    /** The unprotected header. */
    CborItem.MapItem unprotectedHeader();

    /** The payload bytes. */
    byte[] payload();

    /** The algorithm named in the protected header, when it is one this library accepts. */
    java.util.Optional<CoseAlgorithm> algorithm();

    /** The raw algorithm header value (label 1) of the protected header, or null when absent. */
    default CborItem algorithmHeader() {
        return protectedHeader().get(1);
    }

    /** The COSE tag number of the structure. */
    int tagNumber();

    /** The encoded tagged structure. */
    byte[] encode();
}
