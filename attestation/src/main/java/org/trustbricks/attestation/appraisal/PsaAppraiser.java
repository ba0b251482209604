package org.trustbricks.attestation.appraisal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.trustbricks.attestation.cose.CoseVerifier;
import org.trustbricks.attestation.cose.UnableToVerifySignatureException;
import org.trustbricks.attestation.cose.VerificationKey;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaToken;
import org.trustbricks.attestation.psa.PsaTokenDecoder;
import org.trustbricks.attestation.psa.SecurityLifecycle;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;

/**
 * Appraises PSA tokens in the RATS background-check model, following the PSA appraisal procedure: find the
 * instance's endorsed key from the implementation and instance ids, verify the signature, validate the claims,
 * consume the nonce (only once the signature holds), judge the lifecycle, compare the software components with the
 * reference values, and degrade the hardware claim by the platform certificate's registry status. Reads no database:
 * endorsements come from an in-memory cache.
 */
public final class PsaAppraiser {

    private static final HexFormat HEX = HexFormat.of();

    private final EndorsementCache endorsements;
    private final PlatformCertificateStatus certificates;
    private final Clock clock;

    private PsaAppraiser(EndorsementCache endorsements, PlatformCertificateStatus certificates, Clock clock) {
        this.endorsements = endorsements;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** An appraiser over the cache's current endorsements and a certificate-status lookup. */
    public static PsaAppraiser create(EndorsementCache endorsements, PlatformCertificateStatus certificates, Clock clock) {
        return new PsaAppraiser(endorsements, certificates, clock);
    }

    /** Appraises one token; never throws for bad input. */
    public AttestationResult appraise(byte[] token, NonceValidator nonces) {
        Endorsements e = endorsements.current();
        Builder b = new Builder(e.id(), clock.millis() / 1000);
        PsaToken t;
        try {
            t = PsaTokenDecoder.decode(token);
        } catch (MalformedInputException ex) {
            return b.reject("the token could not be decoded: " + ex.getMessage());
        }
        PsaClaims c = t.claims();
        if (c == null) {
            t.findings().forEach(f -> b.reasons.add(describe(f)));
            return b.reject("the token's claims could not be read");
        }
        b.identify(c);
        if (c.implementationId() == null || c.instanceId() == null) {
            return b.reject("the token lacks the implementation id or instance id needed to find its verification key");
        }
        Optional<PlatformEndorsement> platform = e.platform(c.implementationId());
        if (platform.isEmpty()) {
            b.vector = new TrustVector(97, 0, 0, 0, 97, 0, 0, 0);
            return b.finish("implementation id " + b.impl + " is not endorsed: the platform is not recognised");
        }
        Optional<VerificationKey> key = e.key(c.implementationId(), c.instanceId());
        if (key.isEmpty()) {
            b.vector = new TrustVector(97, 0, 0, 0, 0, 0, 0, 0);
            return b.finish("no verification key is endorsed for instance " + b.inst + ": the device is not recognised");
        }
        try {
            CoseVerifier.verify(t.envelope(), key.get());
        } catch (UnableToVerifySignatureException ex) {
            b.vector = TrustVector.CRYPTO_FAILED;
            return b.finish(ex.getMessage());
        }
        b.reasons.add("the signature verifies with the key endorsed for instance " + b.inst);
        List<Finding> errors = t.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(f -> b.reasons.add(describe(f)));
            return b.reject("the claims break the rules of profile " + c.profile().id());
        }
        b.nonceStatus = nonces.consume(c.nonce());
        switch (b.nonceStatus) {
            case FRESH -> b.reasons.add("the nonce is one this verifier issued, unexpired and now used up");
            case NOT_CHECKED -> b.reasons.add("the nonce was not checked (no challenge given); the relying party must compare the echoed nonce");
            case UNKNOWN -> { return b.reject("the nonce was not issued by this verifier"); }
            case EXPIRED -> { return b.reject("the nonce has expired"); }
            case ALREADY_USED -> { return b.reject("the nonce was already used: the token is a replay"); }
        }
        appraiseClaims(b, c, platform.get());
        return b.finish(null);
    }

    private void appraiseClaims(Builder b, PsaClaims c, PlatformEndorsement p) {
        SecurityLifecycle life = c.lifecycleState();
        int opaque = life.isTrustworthy() ? 2 : 96;
        b.reasons.add("security lifecycle is " + life.label() + (life.isTrustworthy() ? " (trustworthy)"
                : " (a verifier can only trust secured or non-psa-rot-debug devices)"));
        int executables = ReferenceValueMatcher.appraise(c.softwareComponents(), p.referenceValues(), b.reasons);
        b.vector = new TrustVector(opaque, 0, executables, 0, 2, opaque, opaque, 0);
        b.certification = certification(b, c, p);
    }

    private Certification certification(Builder b, PsaClaims c, PlatformEndorsement p) {
        Optional<PlatformCertificate> found = certificates.lookup(c.implementationId());
        String id = found.map(PlatformCertificate::certificateId).orElse(p.certificateId());
        CertificateStatus status = found.map(PlatformCertificate::status).orElse(CertificateStatus.UNKNOWN);
        String claimed = c.certificationReference();
        boolean matches = id != null && id.equals(claimed);
        int hardware = switch (status) {
            case ACTIVE, UNKNOWN -> 2;
            case UNDER_VULNERABILITY_REVIEW, EXPIRED -> 32;
            case TERMINATED -> 96;
        };
        b.vector = b.vector.withHardware(hardware);
        String cert = id == null ? "no platform certificate is linked to implementation id " + b.impl
                : "platform certificate " + id + " is " + status.name().toLowerCase().replace('_', ' ');
        b.reasons.add(cert + switch (status) {
            case ACTIVE -> "";
            case UNKNOWN -> " (certification not established; hardware left as genuine)";
            case UNDER_VULNERABILITY_REVIEW, EXPIRED -> " (hardware degraded to warning)";
            case TERMINATED -> " (hardware contraindicated)";
        });
        if (claimed != null && !matches) {
            b.reasons.add("the token claims certification reference " + claimed + ", which is self-asserted and "
                    + (id == null ? "not confirmed by any endorsement" : "differs from the linked certificate; the link is used"));
        }
        return new Certification(id, status, claimed, matches);
    }

    private static String describe(Finding f) {
        return f.message() + " (at " + f.path() + ")";
    }

    private static final class Builder {
        final List<String> reasons = new ArrayList<>();
        final String endorsementsId;
        final long now;
        TrustVector vector = TrustVector.EMPTY;
        NonceStatus nonceStatus = NonceStatus.NOT_CHECKED;
        Certification certification;
        String profile;
        String impl;
        String inst;
        String nonce;

        Builder(String endorsementsId, long now) {
            this.endorsementsId = endorsementsId;
            this.now = now;
        }

        void identify(PsaClaims c) {
            profile = c.profile().id();
            impl = c.implementationId() == null ? null : HEX.formatHex(c.implementationId());
            inst = c.instanceId() == null ? null : HEX.formatHex(c.instanceId());
            nonce = c.nonce() == null ? null : HEX.formatHex(c.nonce());
        }

        AttestationResult reject(String reason) {
            reasons.add(reason);
            return build(TrustTier.CONTRAINDICATED);
        }

        AttestationResult finish(String reason) {
            if (reason != null) {
                reasons.add(reason);
            }
            return build(vector.tier());
        }

        private AttestationResult build(TrustTier status) {
            return new AttestationResult(Verdict.of(status), status, vector, reasons, profile, impl, inst, nonce, nonceStatus,
                    certification, endorsementsId, now);
        }
    }
}
