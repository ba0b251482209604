package org.trustbricks.attestation.psa;

import java.util.List;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseMessage;
import org.trustbricks.common.Finding;

/**
 * A decoded (not yet verified) PSA attestation token.
 *
 * @param envelope  the COSE_Sign1 or COSE_Mac0 that carries the claims
 * @param claimsSet the claims-set as decoded CBOR
 * @param claims    the claims read in their profile, or null when the profile is unknown
 * @param findings  problems found while reading and validating the claims
 */
public record PsaToken(CoseMessage envelope, CborItem.MapItem claimsSet, PsaClaims claims, List<Finding> findings) {

    /** True when the claims were read and no finding is an error. */
    public boolean claimsValid() {
        return claims != null && findings.stream().noneMatch(Finding::isError);
    }
}
