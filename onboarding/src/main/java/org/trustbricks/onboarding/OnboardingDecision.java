package org.trustbricks.onboarding;

import java.util.List;

/**
 * The decision with every reason that led to it, the most severe first.
 *
 * @param decision admitted, restricted or refused
 * @param network  the policy the network enforces
 * @param reasons  every reason, positive ones included, most severe first
 */
public record OnboardingDecision(Decision decision, NetworkPolicy network, List<Reason> reasons) {

    public OnboardingDecision {
        reasons = List.copyOf(reasons);
    }

    /** The reasons that made the decision what it is (those whose effect equals the decision). */
    public List<Reason> decisive() {
        return reasons.stream().filter(r -> r.effect() == decision).toList();
    }
}
