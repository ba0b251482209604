package org.trustbricks.attestation;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * What a token contains, decoded and explained, without verifying it.
 *
 * @param readable          false when the bytes are not a PSA token at all (then {@code error} says why)
 * @param error             why the token could not be read, or null
 * @param envelope          "COSE_Sign1" or "COSE_Mac0"
 * @param cwtTagged         true when the structure came inside a CWT tag (61)
 * @param algorithm         the algorithm of the protected header ("ES256", …), or what was found instead
 * @param profile           the PSA profile identifier, or null
 * @param lifecycle         the security lifecycle state, or null
 * @param claims            every claim, explained, in token order
 * @param findings          problems with the claims (errors make the token invalid)
 * @param claimsValid       true when the claims follow their profile's rules
 * @param signatureVerified always false: inspection never verifies; use {@link Verifier}
 * @param notes             remarks for the reader (e.g. on the self-asserted certification reference)
 */
public record TokenReport(boolean readable, String error, String envelope, boolean cwtTagged, String algorithm, String profile,
                          String lifecycle, List<ExplainedClaim> claims, List<Finding> findings, boolean claimsValid,
                          boolean signatureVerified, List<String> notes) {

    public TokenReport {
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    static TokenReport unreadable(String error) {
        return new TokenReport(false, error, null, false, null, null, null, List.of(), List.of(), false, false, List.of());
    }
}
