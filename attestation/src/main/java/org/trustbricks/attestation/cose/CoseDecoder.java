package org.trustbricks.attestation.cose;

import java.util.List;
import org.trustbricks.attestation.cbor.CborDecoder;
import org.trustbricks.attestation.cbor.CborDiagnostic;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.MalformedInputException;

/**
 * Reads a tagged COSE_Sign1 (18) or COSE_Mac0 (17), optionally inside a CWT tag (61). Refuses other tags, untagged
 * structures, detached payloads, an algorithm outside the protected header, labels repeated across the two headers
 * and critical headers (none are understood).
 */
public final class CoseDecoder {

    /** The CWT tag (RFC 8392). */
    public static final int CWT_TAG = 61;

    private static final CborDecoder HEADER_DECODER = CborDecoder.withLimits(4096, 4, 256);

    private CoseDecoder() {
    }

    /** Decodes a token with the default token limits. */
    public static CoseMessage decode(byte[] bytes) throws MalformedInputException {
        return fromItem(CborDecoder.forTokens().decode(bytes));
    }

    /** Interprets an already decoded item as a COSE message. */
    public static CoseMessage fromItem(CborItem item) throws MalformedInputException {
        CborItem inner = item;
        if (inner instanceof CborItem.Tag t && t.tag() == CWT_TAG) {
            inner = t.content();
        }
        if (!(inner instanceof CborItem.Tag tag)) {
            throw new MalformedInputException("expected a tagged COSE_Sign1 (tag 18) or COSE_Mac0 (tag 17), found an untagged "
                    + inner.typeName());
        }
        if (tag.tag() != CoseSign1.TAG && tag.tag() != CoseMac0.TAG) {
            throw new MalformedInputException("expected COSE_Sign1 (tag 18) or COSE_Mac0 (tag 17), found tag " + tag.tag());
        }
        if (!(tag.content() instanceof CborItem.Array a) || a.items().size() != 4) {
            throw new MalformedInputException("a COSE structure must be an array of 4 items");
        }
        List<CborItem> parts = a.items();
        byte[] prot = bytes(parts.get(0), "protected header");
        CborItem.MapItem protMap = protectedMap(prot);
        if (!(parts.get(1) instanceof CborItem.MapItem unprot)) {
            throw new MalformedInputException("the unprotected header must be a map, found " + parts.get(1).typeName());
        }
        checkHeaders(protMap, unprot);
        if (parts.get(2) instanceof CborItem.Simple s && s.value() == 22) {
            throw new MalformedInputException("detached payloads are not accepted");
        }
        byte[] payload = bytes(parts.get(2), "payload");
        byte[] last = bytes(parts.get(3), tag.tag() == CoseSign1.TAG ? "signature" : "MAC tag");
        return tag.tag() == CoseSign1.TAG ? new CoseSign1(prot, protMap, unprot, payload, last)
                : new CoseMac0(prot, protMap, unprot, payload, last);
    }

    private static CborItem.MapItem protectedMap(byte[] prot) throws MalformedInputException {
        if (prot.length == 0) {
            return new CborItem.MapItem(java.util.Map.of());
        }
        CborItem h;
        try {
            h = HEADER_DECODER.decode(prot);
        } catch (MalformedInputException e) {
            throw new MalformedInputException("protected header: " + e.getMessage());
        }
        if (!(h instanceof CborItem.MapItem m)) {
            throw new MalformedInputException("the protected header must encode a map, found " + h.typeName());
        }
        return m;
    }

    private static void checkHeaders(CborItem.MapItem prot, CborItem.MapItem unprot) throws MalformedInputException {
        if (unprot.get(CoseHeaders.ALG) != null) {
            throw new MalformedInputException("the algorithm must be in the protected header, not the unprotected one");
        }
        for (CborItem k : prot.entries().keySet()) {
            if (unprot.entries().containsKey(k)) {
                throw new MalformedInputException("header label " + CborDiagnostic.of(k) + " appears in both headers");
            }
        }
        if (prot.get(CoseHeaders.CRIT) != null || unprot.get(CoseHeaders.CRIT) != null) {
            throw new MalformedInputException("critical headers are present and none are understood");
        }
    }

    private static byte[] bytes(CborItem item, String what) throws MalformedInputException {
        if (item instanceof CborItem.Bytes b) {
            return b.unsafeValue();
        }
        throw new MalformedInputException("the " + what + " must be a byte string, found " + item.typeName());
    }
}
