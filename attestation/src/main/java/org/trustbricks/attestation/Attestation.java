package org.trustbricks.attestation;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.trustbricks.attestation.cbor.CborDecoder;
import org.trustbricks.attestation.cbor.CborDiagnostic;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseDecoder;
import org.trustbricks.attestation.cose.CoseMessage;
import org.trustbricks.attestation.cose.CoseSign1;
import org.trustbricks.attestation.psa.PsaClaim;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaToken;
import org.trustbricks.attestation.psa.PsaTokenDecoder;
import org.trustbricks.attestation.psa.SecurityLifecycle;
import org.trustbricks.common.MalformedInputException;

/** Entry point for reading attestation tokens: {@link #inspect} decodes and explains a token without trusting it. */
public final class Attestation {

    private Attestation() {
    }

    /** Decodes a PSA token (COSE_Sign1/COSE_Mac0, optionally CWT-tagged) and explains its claims; never throws. */
    public static TokenReport inspect(byte[] token) {
        try {
            if (token == null || token.length > PsaTokenDecoder.MAX_TOKEN_BYTES) {
                return TokenReport.unreadable(token == null ? "no token" : "the token has " + token.length
                        + " bytes, more than the limit of " + PsaTokenDecoder.MAX_TOKEN_BYTES);
            }
            CborItem item = CborDecoder.withLimits(PsaTokenDecoder.MAX_TOKEN_BYTES, 12, 2048).decode(token);
            boolean cwt = item instanceof CborItem.Tag t && t.tag() == CoseDecoder.CWT_TAG;
            CoseMessage cose = CoseDecoder.fromItem(item);
            return report(PsaTokenDecoder.fromEnvelope(cose), cwt);
        } catch (MalformedInputException e) {
            return TokenReport.unreadable(e.getMessage());
        } catch (RuntimeException e) {
            return TokenReport.unreadable("the token could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static TokenReport report(PsaToken t, boolean cwt) {
        CoseMessage cose = t.envelope();
        String alg = cose.algorithm().map(Enum::name).orElse(cose.algorithmHeader() == null ? "none (no algorithm header)"
                : "unsupported " + CborDiagnostic.of(cose.algorithmHeader()));
        PsaProfile profile = t.claims() == null ? null : t.claims().profile();
        List<ExplainedClaim> claims = new ArrayList<>();
        for (Map.Entry<CborItem, CborItem> e : t.claimsSet().entries().entrySet()) {
            claims.add(explain(profile, e.getKey(), e.getValue()));
        }
        SecurityLifecycle life = t.claims() == null ? null : t.claims().lifecycleState();
        List<String> notes = new ArrayList<>();
        notes.add("inspection does not verify the signature or the nonce; appraise the token with a verifier for that");
        if (t.claims() != null && t.claims().certificationReference() != null) {
            notes.add("the certification reference " + t.claims().certificationReference()
                    + " is asserted by the device itself; only an endorsement or the registry can confirm it");
        }
        return new TokenReport(true, null, cose instanceof CoseSign1 ? "COSE_Sign1" : "COSE_Mac0", cwt, alg,
                profile == null ? null : profile.id(), life == null ? null : life.label(), claims, t.findings(), t.claimsValid(), false, notes);
    }

    private static ExplainedClaim explain(PsaProfile profile, CborItem key, CborItem value) {
        String k = CborDiagnostic.of(key);
        PsaClaim claim = claimOf(profile, key);
        if (claim == null) {
            return new ExplainedClaim(k, "unknown", CborDiagnostic.of(value), "not a claim of " + (profile == null ? "any PSA profile" : profile.id()));
        }
        String v = switch (value) {
            case CborItem.Bytes b -> HexFormat.of().formatHex(b.unsafeValue());
            case CborItem.Text txt -> txt.value();
            case CborItem.Int n when claim.equals(PsaClaim.SECURITY_LIFECYCLE) -> String.format("0x%04x (%s)", n.value(),
                    SecurityLifecycle.of(n.value()) == null ? "invalid" : SecurityLifecycle.of(n.value()).label());
            default -> CborDiagnostic.of(value);
        };
        return new ExplainedClaim(k, claim.label(), v, claim.meaning());
    }

    private static PsaClaim claimOf(PsaProfile profile, CborItem key) {
        if (profile != null && key instanceof CborItem.Int i) {
            for (PsaClaim c : PsaClaim.values()) {
                if (profile.key(c) == i.value()) {
                    return c;
                }
            }
        }
        return null;
    }
}
