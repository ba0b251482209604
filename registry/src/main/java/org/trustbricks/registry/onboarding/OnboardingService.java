package org.trustbricks.registry.onboarding;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.learn.CertificateMudUrl;
import org.trustbricks.onboarding.AttestationFacts;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.Rulesets;
import org.trustbricks.registry.attestation.LiveVerifier;

/**
 * The onboarding flow: appraise the evidence, resolve the platform certificate, fetch, verify and validate the MUD
 * file, compile the device's rulesets for the site, decide under the site policy, and record the device.
 */
public final class OnboardingService {

    /** How long the first of concurrent decisions waits for others to be recorded with it. */
    static final java.time.Duration RECORD_WINDOW = java.time.Duration.ofMillis(1);

    private final Jdbi jdbi;
    private final LiveVerifier verifier;
    private final MudSource mudSource;
    private final SiteSettings settings;
    private final MudVerdicts verdicts;
    private final DeviceRules rules;
    private final Clock clock;
    private final DecisionReads reads;
    private final RecordGroupCommit recorder;
    private final VersionedCache<String, CertificateFacts> certificates = new VersionedCache<>(4096);

    OnboardingService(Jdbi jdbi, LiveVerifier verifier, MudSource mudSource, SiteSettings settings, DeviceRules rules,
                      Clock clock) {
        this.jdbi = jdbi;
        this.verifier = verifier;
        this.mudSource = mudSource;
        this.settings = settings;
        this.verdicts = new MudVerdicts(clock);
        this.rules = rules;
        this.clock = clock;
        this.reads = new DecisionReads(jdbi);
        this.recorder = new RecordGroupCommit(jdbi, RECORD_WINDOW);
    }

    /**
     * Decides on a device and records it when the evidence identified it. {@code ownAuthorities} are the host:port
     * forms under which this platform is reached; MUD files it hosts there are read from the database.
     */
    public OnboardingResult onboard(OnboardingRequest r, Set<String> ownAuthorities) {
        return onboard(r, ownAuthorities, "ONBOARDED", "device presented attestation evidence");
    }

    /** As {@link #onboard(OnboardingRequest, Set)}, recording the history entry with this kind and trigger. */
    public OnboardingResult onboard(OnboardingRequest r, Set<String> ownAuthorities, String kind, String trigger) {
        AttestationResult appraisal = verifier.appraise(r.token());
        boolean verified = evidenceVerified(appraisal);
        DecisionReads.Seen seen = reads.read(verified ? appraisal.instanceId() : null);
        AttestationFacts attestation = attestation(appraisal);
        CertificateFacts certificate = certificate(appraisal, seen.registryVersion());
        String conflict = verified ? conflict(appraisal.instanceId(), r.mac(), seen.enrolled()) : "";
        List<String> mudFindings = new ArrayList<>();
        X509Certificate deviceCert = deviceCertificate(r.deviceCertificate(), mudFindings);
        String mudUrl = mudUrl(r, mudFindings);
        SiteSettings.Snapshot site = settings.current(seen.settingsVersion());
        Evaluated evaluated = evaluateMud(mudUrl, deviceCert, mudFindings, ownAuthorities, site, seen.settingsVersion());
        OnboardingFacts facts = new OnboardingFacts(attestation, certificate, evaluated.facts(), conflict);
        OnboardingDecision decision = OnboardingEngine.decide(facts, site.policy());
        String name = r.name() == null || r.name().isBlank() ? "device " + appraisal.instanceId() : r.name();
        Rulesets rulesets = rules.compile(site, name, r.mac(), r.address(), mudUrl, evaluated.verdict(), mudFindings);
        if (!verified || !conflict.isEmpty()) {
            return new OnboardingResult(null, decision, appraisal.reasons(), mudFindings, rulesets.enforced(decision.network()));
        }
        DeviceRecord device = recorder.record(new Devices.Enrolment(name, r.mac(), appraisal.instanceId(),
                        appraisal.implementationId(), certificate.certificateId().isEmpty() ? null : certificate.certificateId(),
                        mudUrl, evaluated.version(), facts, rulesets, attestation.verified() ? clock.instant() : null),
                decision, kind, trigger);
        return new OnboardingResult(device, decision, appraisal.reasons(), mudFindings, device.rules());
    }

    /**
     * True when the token's signature verified with the key endorsed for its instance and its nonce was fresh: only
     * then is the instance id it claims authentic. Anyone can claim an instance id in a token that does not verify
     * (or replay one that did), so such a request must neither create nor change an inventory entry.
     */
    private static boolean evidenceVerified(AttestationResult a) {
        return a.instanceId() != null && a.certification() != null;
    }

    private static AttestationFacts attestation(AttestationResult a) {
        String detail = String.join("; ", a.reasons());
        if (!a.admitted()) {
            return AttestationFacts.rejected(detail);
        }
        AttestationFacts.Measurements m = switch (a.measurements()) {
            case MATCHED -> AttestationFacts.Measurements.MATCHED;
            case MISMATCH -> AttestationFacts.Measurements.MISMATCH;
            case NO_REFERENCE_VALUES, NOT_APPRAISED -> AttestationFacts.Measurements.NO_REFERENCE_VALUES;
        };
        return new AttestationFacts(true, m, a.instanceId(), a.implementationId(), detail);
    }

    /** The certificate's facts today, read again only when the registry changed (or the day did). */
    private CertificateFacts certificate(AttestationResult a, long registryVersion) {
        if (!a.admitted() || a.certification() == null || a.certification().certificateId() == null) {
            return CertificateFacts.unknown();
        }
        LocalDate today = LocalDate.now(clock);
        return certificates.get(registryVersion, today.toEpochDay(), a.certification().certificateId(),
                id -> PlatformCertificates.using(jdbi).facts(Set.of(id), today).get(id));
    }

    private static String conflict(String instanceId, String mac, Devices.Enrolled enrolled) {
        if (instanceId == null || mac == null) {
            return "";
        }
        return java.util.Optional.ofNullable(enrolled)
                .filter(d -> d.mac() != null && !d.mac().equalsIgnoreCase(mac))
                .map(d -> "instance id " + instanceId + " is already enrolled as \"" + d.name() + "\" with MAC " + d.mac()
                        + "; a second device presenting it is refused")
                .orElse("");
    }

    private static X509Certificate deviceCertificate(byte[] der, List<String> findings) {
        if (der == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            findings.add("the device certificate is not a readable X.509 certificate");
            return null;
        }
    }

    private static String mudUrl(OnboardingRequest r, List<String> findings) {
        if (r.deviceCertificate() != null) {
            var learned = CertificateMudUrl.fromCertificate(r.deviceCertificate());
            learned.findings().stream().filter(Finding::isError).forEach(f -> findings.add(f.message()));
            if (learned.usable().isPresent()) {
                String fromCert = learned.usable().get().mudUrl();
                if (r.mudUrl() != null && !r.mudUrl().equals(fromCert)) {
                    findings.add("the MUD URL presented (" + r.mudUrl() + ") differs from the one in the device certificate; "
                            + "the certificate's is used");
                }
                return fromCert;
            }
        }
        return r.mudUrl() == null || r.mudUrl().isBlank() ? null : r.mudUrl().trim();
    }

    private record Evaluated(MudFacts facts, MudVerdicts.Verdict verdict) {

        String version() {
            return verdict == null ? null : verdict.version();
        }
    }

    private Evaluated evaluateMud(String url, X509Certificate deviceCert, List<String> findings, Set<String> own,
                                  SiteSettings.Snapshot site, long settingsVersion) {
        if (url == null) {
            return new Evaluated(new MudFacts("", MudFacts.Retrieval.NO_URL, MudFacts.Signature.UNSIGNED, false, true, ""), null);
        }
        MudSource.Fetched f = mudSource.get(url, own, settingsVersion);
        if (f.json() == null) {
            return new Evaluated(new MudFacts(url, f.retrieval(), MudFacts.Signature.UNSIGNED, false, true, f.detail()), null);
        }
        if (f.signature() == null && !f.detail().isEmpty()) {
            findings.add(f.detail());
        }
        MudVerdicts.Verdict v = verdicts.of(url, f.json(), f.signature(), site, deviceCert);
        findings.addAll(v.errors());
        if (v.signatureProblem() != null) {
            findings.add(v.signatureProblem());
        }
        return new Evaluated(new MudFacts(url, f.retrieval(), v.signature(), v.valid(), v.supported(), v.detail()), v);
    }
}
