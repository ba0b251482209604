package org.trustbricks.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.AttestationFacts.Measurements;

class ReattestationPolicyTest {

    static final OnboardingFacts CURRENT = new OnboardingFacts(OnboardingEngineTest.GOOD_EVIDENCE,
            OnboardingEngineTest.ACTIVE_L3, OnboardingEngineTest.SIGNED_MUD, "");

    static OnboardingFacts overdue() {
        return new OnboardingFacts(CURRENT.attestation().withOverdue(true), CURRENT.certificate(), CURRENT.mud(), "");
    }

    @Test
    void an_overdue_device_is_degraded_as_the_policy_says_with_the_overdue_reason() {
        SitePolicy refuse = SitePolicy.defaults().withReattestation(60, 10, Decision.REFUSED);
        OnboardingDecision d = OnboardingEngine.decide(overdue(), refuse);
        assertThat(d.decision()).isEqualTo(Decision.REFUSED);
        assertThat(d.decisive()).extracting(Reason::code).containsExactly("ATTESTATION_OVERDUE");
        assertThat(OnboardingEngine.decide(overdue(), SitePolicy.defaults()).decision()).isEqualTo(Decision.RESTRICTED);
    }

    @Test
    void a_device_with_current_evidence_gets_no_overdue_reason() {
        OnboardingDecision d = OnboardingEngine.decide(CURRENT, SitePolicy.defaults());
        assertThat(d.decision()).isEqualTo(Decision.ADMITTED);
        assertThat(d.reasons()).extracting(Reason::code).doesNotContain("ATTESTATION_OVERDUE");
    }

    @Test
    void rejected_evidence_is_refused_for_its_own_reason_not_for_being_overdue() {
        var rejected = new OnboardingFacts(AttestationFacts.rejected("bad signature").withOverdue(true),
                CURRENT.certificate(), CURRENT.mud(), "");
        assertThat(OnboardingEngine.decide(rejected, SitePolicy.defaults()).reasons()).extracting(Reason::code)
                .contains("ATTESTATION_REJECTED").doesNotContain("ATTESTATION_OVERDUE");
    }

    @Test
    void the_overdue_mark_survives_removing_the_device_identifiers() {
        assertThat(overdue().withoutDeviceIdentifiers().attestation().overdue()).isTrue();
        assertThat(new AttestationFacts(true, Measurements.MATCHED, "a", "b", "").overdue()).isFalse();
    }

    @Test
    void a_policy_written_before_re_attestation_existed_has_no_schedule_an_hour_of_grace_and_restricts() {
        SitePolicy old = new SitePolicy(2, Set.of(), Decision.RESTRICTED, Decision.RESTRICTED, Decision.REFUSED,
                Decision.RESTRICTED, Decision.RESTRICTED, false, Decision.RESTRICTED, Decision.RESTRICTED, List.of());
        assertThat(old.reattestIntervalMinutes()).isZero();
        assertThat(old.reattestGraceMinutes()).isEqualTo(SitePolicy.DEFAULT_GRACE_MINUTES);
        assertThat(old.onAttestationOverdue()).isEqualTo(Decision.RESTRICTED);
        assertThat(SitePolicy.defaults().reattestIntervalMinutes()).isEqualTo(24 * 60);
    }

    @Test
    void intervals_and_grace_periods_out_of_range_are_refused() {
        assertThatThrownBy(() -> SitePolicy.defaults().withReattestation(-1, 60, Decision.RESTRICTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reattestIntervalMinutes");
        assertThatThrownBy(() -> SitePolicy.defaults().withReattestation(60, SitePolicy.MAX_GRACE_MINUTES + 1, Decision.RESTRICTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reattestGraceMinutes");
    }
}
