package org.trustbricks.attestation.cose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cbor.CborItem;

/** COSE header labels and helpers. */
public final class CoseHeaders {

    /** Label of the algorithm header. */
    public static final long ALG = 1;
    /** Label of the critical-headers header. */
    public static final long CRIT = 2;
    /** Label of the content-type header. */
    public static final long CONTENT_TYPE = 3;
    /** Label of the key-identifier header. */
    public static final long KID = 4;

    private CoseHeaders() {
    }

    static Optional<CoseAlgorithm> algorithm(CborItem.MapItem protectedHeader) {
        return protectedHeader.get(ALG) instanceof CborItem.Int i ? CoseAlgorithm.byId(i.value()) : Optional.empty();
    }

    static CborItem.MapItem withAlgorithm(CoseAlgorithm alg, Map<CborItem, CborItem> extra) {
        Map<CborItem, CborItem> m = new LinkedHashMap<>();
        m.put(CborItem.of(ALG), CborItem.of(alg.id()));
        if (extra != null) {
            extra.forEach((k, v) -> {
                if (!k.equals(CborItem.of(ALG))) {
                    m.put(k, v);
                }
            });
        }
        return new CborItem.MapItem(m);
    }
}
