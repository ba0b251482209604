package org.trustbricks.attestation.psa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trustbricks.attestation.cbor.CborDiagnostic;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.common.Finding;

/**
 * Checks a claims-set against the psa-token rule of the RFC 9783 CDDL: the RFC 9783 profile's rules plus the
 * closed map (no claim outside the schema). Written by hand from the CDDL; there is no general CDDL engine here.
 */
public final class Rfc9783Cddl {

    private static final Set<Long> KEYS = Set.of(10L, 256L, 2400L, 265L, 2396L, 2394L, 2395L, 2398L, 268L, 2399L);

    private Rfc9783Cddl() {
    }

    /** Every way the claims-set fails the schema; empty when it matches. */
    public static List<Finding> check(CborItem.MapItem claimsSet) {
        List<Finding> out = new ArrayList<>();
        for (CborItem k : claimsSet.entries().keySet()) {
            if (!(k instanceof CborItem.Int i) || !KEYS.contains(i.value())) {
                out.add(Finding.error("CDDL-EXTRA", "/" + CborDiagnostic.of(k), "the psa-token map does not allow key " + CborDiagnostic.of(k), ""));
            }
        }
        PsaClaimsCbor.Read read = PsaClaimsCbor.read(claimsSet, PsaProfile.RFC_9783);
        read.withValidation().stream().filter(Finding::isError).forEach(out::add);
        if (!(claimsSet.get(10) == null || claimsSet.get(10) instanceof CborItem.Bytes)) {
            out.add(Finding.error("CDDL-TYPE", "/10", "psa-nonce must be a single byte string", ""));
        }
        return out;
    }
}
