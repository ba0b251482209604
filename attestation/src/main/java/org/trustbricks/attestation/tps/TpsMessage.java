package org.trustbricks.attestation.tps;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trustbricks.attestation.cbor.CborDecoder;
import org.trustbricks.attestation.cbor.CborEncoder;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.MalformedInputException;

/**
 * A TPS message: a CBOR tag whose number is the message id, wrapping a map with integer keys. Requests and their
 * responses share the id.
 *
 * @param id   the message id (tag number)
 * @param body the integer-keyed map, in order
 */
public record TpsMessage(long id, Map<Long, CborItem> body) {

    /** The largest message accepted. */
    public static final int MAX_BYTES = 64 * 1024;
    /** The id of TPS_GetFeatures, which every service answers. */
    public static final long GET_FEATURES = 1;

    private static final CborDecoder DECODER = CborDecoder.withLimits(MAX_BYTES, 8, 1024);

    public TpsMessage {
        if (id < 0 || id > 0xffffffffL) {
            throw new IllegalArgumentException("a message id is an unsigned 32-bit value");
        }
        body = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    /** A message with a body given as alternating integer keys and items. */
    public static TpsMessage of(long id, Object... keysAndValues) {
        Map<Long, CborItem> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(((Number) keysAndValues[i]).longValue(), (CborItem) keysAndValues[i + 1]);
        }
        return new TpsMessage(id, m);
    }

    /** The body value for a key, or null. */
    public CborItem get(long key) {
        return body.get(key);
    }

    /** The CBOR encoding. */
    public byte[] encode() {
        Map<CborItem, CborItem> m = new LinkedHashMap<>();
        body.forEach((k, v) -> m.put(CborItem.of(k), v));
        return CborEncoder.encode(new CborItem.Tag(id, new CborItem.MapItem(m)));
    }

    /** Decodes an untrusted message; any defect is ERROR_BAD_FORMAT with the reason. */
    public static TpsMessage decode(byte[] bytes) throws TpsException {
        CborItem item;
        try {
            item = DECODER.decode(bytes);
        } catch (MalformedInputException e) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, e.getMessage());
        }
        if (!(item instanceof CborItem.Tag tag)) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "a TPS message must be a CBOR tag (the message id), found " + item.typeName());
        }
        if (tag.tag() < 0 || tag.tag() > 0xffffffffL) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the message id must be an unsigned 32-bit value");
        }
        if (!(tag.content() instanceof CborItem.MapItem map)) {
            if (tag.tag() == GET_FEATURES) {
                return new TpsMessage(GET_FEATURES, Map.of());
            }
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the body of message " + tag.tag() + " must be a map, found " + tag.content().typeName());
        }
        Map<Long, CborItem> body = new LinkedHashMap<>();
        for (Map.Entry<CborItem, CborItem> e : map.entries().entrySet()) {
            if (!(e.getKey() instanceof CborItem.Int k)) {
                throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "message " + tag.tag() + " has a " + e.getKey().typeName() + " key; keys must be integers");
            }
            body.put(k.value(), e.getValue());
        }
        return new TpsMessage(tag.tag(), body);
    }
}
