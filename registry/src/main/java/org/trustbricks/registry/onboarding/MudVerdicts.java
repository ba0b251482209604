package org.trustbricks.registry.onboarding;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.onboarding.MudFacts;

/**
 * What onboarding concludes from a MUD file's bytes: validation, signature, the is-supported flag and the policy to
 * compile. Devices of one model present the same file, so verdicts are kept by content key (URL, file, signature and
 * trust anchors) for {@link #LIFETIME}, after which time-dependent checks (certificate validity) are made again.
 */
final class MudVerdicts {

    /** How long a verdict is reused. */
    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 512;

    /**
     * The verdict on one file.
     *
     * @param version          SHA-256 of the file (hex)
     * @param valid            the file is a valid MUD file for its URL
     * @param errors           validation errors as "path: message"
     * @param supported        its is-supported flag
     * @param signature        the signature's state
     * @param detail           the first problem (signature before validation), empty when none
     * @param signatureProblem the signature finding, or null when the signature is valid or absent
     * @param policy           the policy to compile, or null when the file could not be read as one
     * @param policyError      why it could not, or null
     */
    record Verdict(String version, boolean valid, List<String> errors, boolean supported, MudFacts.Signature signature,
                   String detail, String signatureProblem, MudPolicy policy, String policyError) {
    }

    private record Cached(Verdict verdict, Instant until) {
    }

    private final Mud mud;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    MudVerdicts(Clock clock) {
        this.mud = Mud.create(clock);
        this.clock = clock;
    }

    /** The verdict on {@code json} (and its signature, if any) at {@code url}; device certificates are never cached. */
    Verdict of(String url, byte[] json, byte[] signature, SiteSettings.Snapshot settings, X509Certificate deviceCert) {
        String version = MudDocuments.sha256(json);
        if (deviceCert != null) {
            return evaluate(url, json, signature, settings.anchors(), deviceCert, version);
        }
        String key = url + '\n' + version + '\n' + (signature == null ? "-" : MudDocuments.sha256(signature)) + '\n'
                + settings.anchorsKey();
        Instant now = clock.instant();
        Cached e;
        synchronized (cache) {
            e = cache.get(key);
        }
        if (e != null && now.isBefore(e.until())) {
            return e.verdict();
        }
        Verdict v = evaluate(url, json, signature, settings.anchors(), null, version);
        synchronized (cache) {
            cache.put(key, new Cached(v, now.plus(LIFETIME)));
        }
        return v;
    }

    private Verdict evaluate(String url, byte[] json, byte[] signature, List<X509Certificate> anchors,
                             X509Certificate deviceCert, String version) {
        MudReport report = mud.validate(json, Mode.STRICT, url);
        List<String> errors = report.errors().stream().map(e -> e.path() + ": " + e.message()).toList();
        String detail = report.valid() ? "" : report.errors().isEmpty() ? "invalid" : report.errors().getFirst().message();
        MudFacts.Signature sig = MudFacts.Signature.UNSIGNED;
        String signatureProblem = null;
        if (signature != null) {
            VerificationResult v = mud.verify(json, signature, anchors, null, deviceCert);
            sig = switch (v.status()) {
                case VALID -> MudFacts.Signature.VALID;
                case UNTRUSTED_SIGNER -> MudFacts.Signature.WRONG_SIGNER;
                default -> MudFacts.Signature.INVALID;
            };
            if (sig != MudFacts.Signature.VALID) {
                detail = v.message() + (v.signerSubject() == null ? "" : " (signer " + v.signerSubject() + ")");
                signatureProblem = "signature: " + detail;
            }
        }
        MudPolicy policy = null;
        String policyError = null;
        try {
            policy = MudPolicyReader.read(json);
        } catch (MalformedInputException | RuntimeException e) {
            policyError = e.getMessage();
        }
        boolean supported = MudDocuments.supported(json);
        return new Verdict(version, report.valid(), errors, supported, sig, detail, signatureProblem, policy, policyError);
    }
}
