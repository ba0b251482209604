package org.trustbricks.web.attestation;

import org.trustbricks.attestation.Attestation;
import org.trustbricks.attestation.TokenReport;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.registry.attestation.LiveVerifier;

/**
 * A pasted token explained: its decoded claims and, when its platform is endorsed here, what appraisal would say
 * (without a freshness check, and without using up any nonce).
 *
 * @param report    the decoded, explained claims
 * @param appraisal the appraisal against the provisioned endorsements, or null when the platform is not endorsed
 * @param note      why there is no appraisal, or what it does not cover
 */
public record Inspection(TokenReport report, AttestationResult appraisal, String note) {

    static Inspection of(byte[] token, LiveVerifier live) {
        TokenReport report = Attestation.inspect(token);
        if (!report.readable()) {
            return new Inspection(report, null, "the token could not be read, so it was not appraised");
        }
        AttestationResult r = live.appraiseWithoutNonce(token);
        if (r.implementationId() == null) {
            return new Inspection(report, null, "the token has no readable implementation id, so it was not appraised");
        }
        if (!live.isEndorsed(java.util.HexFormat.of().parseHex(r.implementationId()))) {
            return new Inspection(report, null, "no endorsements are provisioned for implementation id " + r.implementationId()
                    + "; a vendor or the scheme owner can provision them with PUT /api/attestation/endorsements");
        }
        return new Inspection(report, r, "appraised without a freshness check: a pasted token's nonce is not consumed");
    }
}
