package org.trustbricks.registry.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.sign.MudVerifier;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.MudFetcher;
import org.trustbricks.mudmanager.learn.CertificateMudUrl;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.registry.onboarding.MudCheckResult.Signature;
import org.trustbricks.registry.onboarding.MudCheckResult.Verdict;
import org.trustbricks.registry.mud.MudFiles;

/**
 * Fetches, verifies and validates a MUD file the way onboarding does (same source, same trust anchors), for the MUD
 * manager's fetch page and API. Keep one instance: its fetcher caches files per {@code cache-validity}.
 */
public final class MudFileChecks {

    private static final UntrustedJson READER = UntrustedJson.withLimits(1 << 20, 64);

    private final MudSource source;
    private final MudTrust trust;
    private final Mud mud;

    private MudFileChecks(MudSource source, MudTrust trust, Clock clock) {
        this.source = source;
        this.trust = trust;
        this.mud = Mud.create(clock);
    }

    /** Checks against the database's hosted files and trust anchors, fetching others with {@code fetch}. */
    public static MudFileChecks using(Jdbi jdbi, FetchOptions fetch, Clock clock) {
        return new MudFileChecks(new MudSource(MudFetcher.create(fetch), MudFiles.using(jdbi)), new MudTrust(jdbi, List.of()),
                clock);
    }

    /**
     * Checks the MUD file at {@code url}, or at the URL of the device certificate when one is given (DER or PEM); the
     * certificate's MUD signer extension, when present, must name the file's signer.
     *
     * @param ownAuthorities host:port forms of this platform, whose hosted files are read from the database
     */
    public MudCheckResult check(String url, Mode mode, byte[] deviceCertificate, Set<String> ownAuthorities) {
        List<String> reasons = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        X509Certificate device = null;
        String target = url == null || url.isBlank() ? null : url.strip();
        if (deviceCertificate != null && deviceCertificate.length > 0) {
            device = certificate(deviceCertificate);
            if (device == null) {
                reasons.add("the device certificate is not a readable X.509 certificate");
            } else {
                var learned = CertificateMudUrl.fromCertificate(der(device));
                findings.addAll(learned.findings());
                if (learned.usable().isPresent()) {
                    String fromCert = learned.usable().get().mudUrl();
                    if (target != null && !target.equals(fromCert)) {
                        reasons.add("the device certificate names the MUD URL " + fromCert + ", which is checked instead of " + target);
                    }
                    target = fromCert;
                }
            }
        }
        X500Principal expected = MudVerifier.mudSigner(device);
        String expectedName = expected == null ? null : expected.getName();
        if (target == null) {
            reasons.add(0, "no MUD URL was given and the device certificate carries none");
            return new MudCheckResult(Verdict.NOT_FETCHED, reasons, null, null, "no-url", null, null, Signature.NOT_CHECKED,
                    null, expectedName, name(mode), false, true, List.of(), findings);
        }
        MudSource.Fetched f = source.get(target, ownAuthorities);
        findings.addAll(f.findings());
        if (f.json() == null && f.findings().isEmpty()) {
            findings.add(Finding.error("MUD-NOT-AVAILABLE", "/url", f.detail(), ""));
        }
        if (f.json() == null) {
            reasons.add(0, "the MUD file could not be had: " + f.detail());
            return new MudCheckResult(Verdict.NOT_FETCHED, reasons, target, null, name(f.retrieval()), null, null,
                    Signature.NOT_CHECKED, null, expectedName, name(mode), false, true, List.of(), findings);
        }
        if (f.retrieval() == MudFacts.Retrieval.STALE_CACHE) {
            reasons.add("the MUD server did not answer; this is the cached copy, past its cache-validity");
        }
        MudReport report = mud.validate(f.json(), mode, target);
        findings.addAll(report.findings());
        JsonNode container = container(f.json());
        boolean supported = !container.path("is-supported").isBoolean() || container.path("is-supported").asBoolean();
        List<String> extensions = new ArrayList<>();
        container.path("extensions").forEach(e -> extensions.add(e.asText()));
        Signature sig = Signature.ABSENT;
        String signer = null;
        if (f.signature() != null) {
            VerificationResult v = mud.verify(f.json(), f.signature(), trust.anchors(), null, device);
            signer = v.signerSubject();
            sig = signature(v, expected);
            if (sig != Signature.VALID) {
                reasons.add("signature: " + v.message());
            }
        } else {
            reasons.add("no signature could be fetched (the mud-signature URI, else the .p7s next to the file): " + f.detail());
        }
        Verdict verdict = verdict(report.valid(), sig);
        if (!report.valid()) {
            reasons.add(0, "the file is not valid in " + name(mode) + " mode: " + report.errors().size() + " error(s), first: "
                    + report.errors().getFirst().path() + ": " + report.errors().getFirst().message());
        }
        if (!supported) {
            reasons.add("is-supported is false: the manufacturer no longer supports this device; its policy is still enforced as written");
            findings.add(Finding.warning("MUD-NOT-SUPPORTED", "/ietf-mud:mud/is-supported",
                    "The manufacturer no longer supports this device (is-supported: false).", "Plan to replace the device."));
        }
        for (String e : extensions) {
            reasons.add("the file uses the extension \"" + e + "\", which this manager does not interpret: nothing extra is allowed for it");
            findings.add(Finding.warning("MUD-EXTENSION-UNKNOWN", "/ietf-mud:mud/extensions", "Extension \"" + e
                    + "\" is not interpreted; only the standard ACEs are enforced.", ""));
        }
        if (verdict == Verdict.ACCEPTED) {
            reasons.add(0, "valid in " + name(mode) + " mode and signed by " + signer + ", who chains to a configured trust anchor");
        }
        return new MudCheckResult(verdict, reasons, target, f.finalUrl(), name(f.retrieval()),
                new String(f.json(), StandardCharsets.UTF_8), MudDocuments.sha256(f.json()), sig, signer, expectedName,
                name(mode), report.valid(), supported, extensions, findings);
    }

    private static Verdict verdict(boolean valid, Signature sig) {
        if (!valid) {
            return Verdict.REJECTED;
        }
        return switch (sig) {
            case VALID -> Verdict.ACCEPTED;
            case ABSENT, UNTRUSTED_SIGNER, NOT_CHECKED -> Verdict.UNVERIFIED;
            case WRONG_SIGNER, INVALID, CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID, MALFORMED -> Verdict.REJECTED;
        };
    }

    private static Signature signature(VerificationResult v, X500Principal expected) {
        if (expected != null && v.signerSubject() != null && !new X500Principal(v.signerSubject()).equals(expected)) {
            return Signature.WRONG_SIGNER;
        }
        return switch (v.status()) {
            case VALID -> Signature.VALID;
            case UNTRUSTED_SIGNER -> Signature.UNTRUSTED_SIGNER;
            case SIGNATURE_INVALID -> Signature.INVALID;
            case SIGNATURE_VALID_CERTIFICATE_EXPIRED -> Signature.CERTIFICATE_EXPIRED;
            case SIGNATURE_VALID_CERTIFICATE_NOT_YET_VALID -> Signature.CERTIFICATE_NOT_YET_VALID;
            case MALFORMED -> Signature.MALFORMED;
        };
    }

    private static X509Certificate certificate(byte[] derOrPem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(derOrPem));
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (Exception e) {
            return new byte[0];
        }
    }

    private static JsonNode container(byte[] json) {
        try {
            return READER.read(json).path("ietf-mud:mud");
        } catch (MalformedInputException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
