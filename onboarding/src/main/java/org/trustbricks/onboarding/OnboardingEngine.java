package org.trustbricks.onboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides how a device joins the network. Every fact contributes a reason; the decision is the least trusting of
 * them, so a device is admitted only when its evidence verified, its platform certificate meets the site policy
 * and its MUD file was obtained, verified and valid — never by default.
 */
public final class OnboardingEngine {

    private OnboardingEngine() {
    }

    /** Applies the site policy to the facts. */
    public static OnboardingDecision decide(OnboardingFacts facts, SitePolicy policy) {
        List<Reason> reasons = new ArrayList<>();
        attestation(facts.attestation(), reasons);
        if (facts.attestation().verified() && facts.attestation().overdue()) {
            reasons.add(new Reason("ATTESTATION_OVERDUE", policy.onAttestationOverdue(),
                    "the device did not answer a re-attestation request within the grace period, so its last "
                            + "evidence is too old to rely on"));
        }
        if (!facts.identityConflict().isEmpty()) {
            reasons.add(new Reason("IDENTITY_CONFLICT", Decision.REFUSED, facts.identityConflict()));
        }
        CertificateRules.apply(facts.certificate(), policy, reasons);
        MudRules.apply(facts.mud(), policy, reasons);
        Decision decision = reasons.stream().map(Reason::effect).reduce(Decision.ADMITTED, Decision::worse);
        reasons.sort(Comparator.comparing(Reason::effect).reversed());
        return new OnboardingDecision(decision, decision.networkPolicy(), reasons);
    }

    private static void attestation(AttestationFacts a, List<Reason> reasons) {
        if (!a.verified()) {
            reasons.add(new Reason("ATTESTATION_REJECTED", Decision.REFUSED,
                    "the attestation evidence was rejected: " + a.detail()));
            return;
        }
        switch (a.measurements()) {
            case MATCHED -> reasons.add(new Reason("ATTESTATION_VERIFIED", Decision.ADMITTED,
                    "the evidence verified and every measured software component matches its reference value"));
            case NO_REFERENCE_VALUES -> reasons.add(new Reason("MEASUREMENTS_NOT_ENDORSED", Decision.RESTRICTED,
                    "the evidence verified, but no reference values are endorsed for its software, so what runs is unknown"));
            case MISMATCH -> reasons.add(new Reason("MEASUREMENTS_MISMATCH", Decision.REFUSED,
                    "a measured software component differs from its reference value: " + a.detail()));
        }
    }
}
