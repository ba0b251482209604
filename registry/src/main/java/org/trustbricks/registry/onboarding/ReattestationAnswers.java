package org.trustbricks.registry.onboarding;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.registry.attestation.LiveVerifier;

/**
 * Takes a device's answer to a re-attestation request. The answer must be evidence from the device the request was
 * made to, over the request's nonce; then the device is decided again with full appraisal (the nonce is consumed,
 * the platform certificate, the MUD file and the site policy are read afresh) and the request is closed.
 */
public final class ReattestationAnswers {

    private final Reattestations requests;
    private final LiveVerifier verifier;
    private final OnboardingService onboarding;
    private final Devices devices;

    private ReattestationAnswers(Reattestations requests, LiveVerifier verifier, OnboardingService onboarding, Devices devices) {
        this.requests = requests;
        this.verifier = verifier;
        this.onboarding = onboarding;
        this.devices = devices;
    }

    /** Answers handled with this verifier and onboarding service. */
    public static ReattestationAnswers using(Reattestations requests, LiveVerifier verifier, OnboardingService onboarding,
                                             Devices devices) {
        return new ReattestationAnswers(requests, verifier, onboarding, devices);
    }

    /** Why an answer was or was not taken. */
    public enum Outcome {
        /** The device was decided again. */
        DECIDED,
        /** No such request. */
        NOT_FOUND,
        /** The request was already answered or its grace period ended. */
        CLOSED,
        /** The evidence does not verify (unreadable, unknown key, bad signature, broken claims). */
        NOT_VERIFIED,
        /** The evidence comes from another device than the one asked. */
        WRONG_DEVICE,
        /** The evidence is over another nonce than the request's. */
        WRONG_NONCE
    }

    /**
     * The result of an answer.
     *
     * @param outcome what happened
     * @param message plain-language explanation
     * @param request the request (null when not found)
     * @param result  the new decision (only when {@link Outcome#DECIDED})
     */
    public record Answer(Outcome outcome, String message, ReattestationRequest request, OnboardingResult result) {
    }

    /**
     * Takes evidence for a request. Fields the answer leaves out (name, MAC, MUD URL) are those of the device;
     * {@code ownAuthorities} are the host:port forms of this platform (for hosted MUD files).
     */
    public Answer answer(long requestId, OnboardingRequest evidence, Set<String> ownAuthorities) {
        ReattestationRequest request = requests.find(requestId).orElse(null);
        if (request == null) {
            return new Answer(Outcome.NOT_FOUND, "no re-attestation request " + requestId, null, null);
        }
        if (!request.open()) {
            return new Answer(Outcome.CLOSED, "the request is " + request.state().toLowerCase()
                    + "; poll for a new request", request, null);
        }
        AttestationResult check = verifier.appraiseWithoutNonce(evidence.token());
        if (check.certification() == null) {
            return new Answer(Outcome.NOT_VERIFIED, "the evidence does not verify: " + String.join("; ", check.reasons()),
                    request, null);
        }
        if (!request.instanceId().equalsIgnoreCase(check.instanceId())) {
            return new Answer(Outcome.WRONG_DEVICE, "the evidence is from instance " + check.instanceId()
                    + ", the request was made to " + request.instanceId(), request, null);
        }
        String expected = HexFormat.of().formatHex(Base64.getDecoder().decode(request.nonce()));
        if (!expected.equalsIgnoreCase(check.nonce())) {
            return new Answer(Outcome.WRONG_NONCE, "the evidence is not over this request's nonce", request, null);
        }
        DeviceRecord device = devices.find(request.deviceId()).orElseThrow();
        if (evidence.mac() != null && device.mac() != null && !evidence.mac().equalsIgnoreCase(device.mac())) {
            return new Answer(Outcome.WRONG_DEVICE, "the answer gives MAC " + evidence.mac() + ", the device asked is enrolled with MAC "
                    + device.mac(), request, null);
        }
        OnboardingRequest filled = new OnboardingRequest(
                evidence.name() == null ? device.name() : evidence.name(),
                evidence.mac() == null ? device.mac() : evidence.mac(), evidence.address(), evidence.token(),
                evidence.mudUrl() == null && evidence.deviceCertificate() == null ? device.mudUrl() : evidence.mudUrl(),
                evidence.deviceCertificate());
        if (!requests.claim(requestId)) {
            return new Answer(Outcome.CLOSED, "the request was answered or ran out of time meanwhile", request, null);
        }
        OnboardingResult result;
        try {
            result = onboarding.onboard(filled, ownAuthorities, "REATTESTED", "answered the re-attestation request of "
                    + request.issuedAt() + " (requested by " + request.requestedBy() + ")");
        } catch (RuntimeException e) {
            requests.release(requestId);
            throw e;
        }
        if (result.device() == null) {   // the full appraisal refused what the first check let through (its nonce was used meanwhile)
            requests.release(requestId);
            return new Answer(Outcome.NOT_VERIFIED, "the evidence does not verify: " + String.join("; ", result.attestation()),
                    request, null);
        }
        requests.decided(requestId, result.decision().decision().name());
        return new Answer(Outcome.DECIDED, "decided again with the new evidence", requests.find(requestId).orElse(request), result);
    }
}
