package org.trustbricks.attestation;

import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.trustbricks.attestation.appraisal.AttestationKey;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.Ear;
import org.trustbricks.attestation.appraisal.EndorsementCache;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.attestation.appraisal.PlatformCertificateStatus;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.attestation.appraisal.PsaAppraiser;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.CoseSigner;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.cose.VerificationKey;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaToken;
import org.trustbricks.attestation.psa.PsaTokenDecoder;
import org.trustbricks.common.MalformedInputException;

/**
 * Entry point for appraising PSA tokens (RATS background-check model) against in-memory endorsements and a
 * platform-certificate lookup, producing {@link AttestationResult}s and signed EAR JWTs. Thread-safe; reads no database.
 */
public final class Verifier {

    /** The build string put in EARs. */
    public static final String BUILD = "trustbricks-attestation";

    private final EndorsementCache endorsements;
    private final PsaAppraiser appraiser;
    private final CoseSigner earSigner;

    private Verifier(EndorsementCache endorsements, PlatformCertificateStatus certificates, CoseSigner earSigner, Clock clock) {
        this.endorsements = endorsements;
        this.appraiser = PsaAppraiser.create(endorsements, certificates, clock);
        this.earSigner = earSigner;
    }

    /** A verifier over endorsements and a certificate lookup, signing EARs with {@code earSigner} (ES256). */
    public static Verifier create(Endorsements endorsements, PlatformCertificateStatus certificates, CoseSigner earSigner, Clock clock) {
        return new Verifier(EndorsementCache.of(endorsements), certificates, earSigner, clock);
    }

    /** A verifier with no certificate lookup and a fresh in-memory EAR key (command-line use). */
    public static Verifier create(Endorsements endorsements) {
        return create(endorsements, PlatformCertificateStatus.none(), SoftwareCoseSigner.generate(CoseAlgorithm.ES256), Clock.systemUTC());
    }

    /** Appraises a token, checking its nonce with the validator (the server's challenge store). */
    public AttestationResult appraise(byte[] token, NonceValidator nonces) {
        return appraiser.appraise(token, nonces);
    }

    /** Appraises a token that must carry exactly this nonce. */
    public AttestationResult appraise(byte[] token, byte[] expectedNonce) {
        return appraiser.appraise(token, NonceValidator.expecting(expectedNonce));
    }

    /** Appraises a token without a freshness check (the result says so). */
    public AttestationResult appraise(byte[] token) {
        return appraiser.appraise(token, NonceValidator.notChecked());
    }

    /** The result as an EAR JWT signed with this verifier's key. */
    public String signedEar(AttestationResult result) {
        return Ear.sign(result, earSigner, BUILD);
    }

    /** The public key relying parties use to check EARs. */
    public EcPublicKey earPublicKey() {
        return earSigner.publicKey();
    }

    /** Puts a new endorsement set in force atomically (e.g. after a change by another server instance). */
    public void replaceEndorsements(Endorsements next) {
        endorsements.replace(next);
    }

    /** The endorsement set in force. */
    public Endorsements endorsements() {
        return endorsements.current();
    }

    /**
     * Appraises a token with one known key: the key is endorsed for the token's own implementation and instance ids,
     * with no reference values and no certificate, so only signature, claims, nonce and lifecycle are judged.
     */
    public static AttestationResult appraiseWithKey(byte[] token, VerificationKey key, NonceValidator nonces) {
        Endorsements single = Endorsements.empty();
        try {
            PsaToken t = PsaTokenDecoder.decode(token);
            PsaClaims c = t.claims();
            if (c != null && c.implementationId() != null && c.instanceId() != null) {
                single = Endorsements.of("key " + HexFormat.of().formatHex(c.instanceId(), 1, 9), List.of(new PlatformEndorsement(
                        c.implementationId(), null, null, null, List.of(new AttestationKey(c.instanceId(), key)), List.of())));
            }
        } catch (MalformedInputException e) {
            single = Endorsements.empty();
        }
        return PsaAppraiser.create(EndorsementCache.of(single), PlatformCertificateStatus.none(), Clock.systemUTC()).appraise(token, nonces);
    }
}
