package org.trustbricks.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.AttestationFacts.Measurements;
import org.trustbricks.onboarding.CertificateFacts.Status;
import org.trustbricks.onboarding.MudFacts.Retrieval;
import org.trustbricks.onboarding.MudFacts.Signature;

class OnboardingEngineTest {

    static final AttestationFacts GOOD_EVIDENCE = new AttestationFacts(true, Measurements.MATCHED, "01ab", "cafe", "");
    static final CertificateFacts ACTIVE_L3 = new CertificateFacts("SESIP-2600001-01", Status.ACTIVE, 3, Set.of("psa-l3"));
    static final MudFacts SIGNED_MUD = new MudFacts("https://mud.example/lock.json", Retrieval.FETCHED, Signature.VALID, true, true, "");

    static OnboardingDecision decide(AttestationFacts a, CertificateFacts c, MudFacts m) {
        return OnboardingEngine.decide(new OnboardingFacts(a, c, m, ""), SitePolicy.defaults());
    }

    @Test
    void a_verified_device_on_an_active_certified_platform_with_a_signed_valid_mud_file_is_admitted() {
        OnboardingDecision d = decide(GOOD_EVIDENCE, ACTIVE_L3, SIGNED_MUD);
        assertThat(d.decision()).isEqualTo(Decision.ADMITTED);
        assertThat(d.network()).isEqualTo(NetworkPolicy.FULL_MUD);
        assertThat(d.reasons()).extracting(Reason::code)
                .contains("ATTESTATION_VERIFIED", "CERTIFICATE_ACTIVE", "MUD_SIGNATURE_VALID");
    }

    @Test
    void a_platform_under_vulnerability_review_moves_the_device_to_quarantine_with_the_reason() {
        var review = new CertificateFacts("SESIP-2600001-01", Status.UNDER_VULNERABILITY_REVIEW, 3, Set.of());
        OnboardingDecision d = decide(GOOD_EVIDENCE, review, SIGNED_MUD);
        assertThat(d.decision()).isEqualTo(Decision.RESTRICTED);
        assertThat(d.network()).isEqualTo(NetworkPolicy.QUARANTINE);
        assertThat(d.decisive()).extracting(Reason::code).containsExactly("CERTIFICATE_UNDER_VULNERABILITY_REVIEW");
        assertThat(d.reasons().getFirst().message()).contains("SESIP-2600001-01");
    }

    @Test
    void rejected_evidence_refuses_the_device_whatever_else_is_true() {
        OnboardingDecision d = decide(AttestationFacts.rejected("nonce already used"), ACTIVE_L3, SIGNED_MUD);
        assertThat(d.decision()).isEqualTo(Decision.REFUSED);
        assertThat(d.network()).isEqualTo(NetworkPolicy.DENY_ALL);
        assertThat(d.decisive().getFirst().message()).contains("nonce already used");
    }

    @Test
    void a_device_claiming_another_devices_identity_is_refused() {
        var d = OnboardingEngine.decide(new OnboardingFacts(GOOD_EVIDENCE, ACTIVE_L3, SIGNED_MUD,
                "instance 01ab is already enrolled as device lock-7"), SitePolicy.defaults());
        assertThat(d.decision()).isEqualTo(Decision.REFUSED);
        assertThat(d.decisive()).extracting(Reason::code).containsExactly("IDENTITY_CONFLICT");
    }

    @Test
    void a_mud_file_signed_by_the_wrong_signer_restricts_and_says_so() {
        var wrong = new MudFacts(SIGNED_MUD.mudUrl(), Retrieval.FETCHED, Signature.WRONG_SIGNER, true, true, "CN=Other Corp");
        var d = decide(GOOD_EVIDENCE, ACTIVE_L3, wrong);
        assertThat(d.decision()).isEqualTo(Decision.RESTRICTED);
        assertThat(d.decisive().getFirst().message()).contains("CN=Other Corp");
    }

    @Test
    void unsigned_mud_files_are_admitted_only_where_the_site_accepts_them() {
        var unsigned = new MudFacts(SIGNED_MUD.mudUrl(), Retrieval.FETCHED, Signature.UNSIGNED, true, true, "");
        assertThat(decide(GOOD_EVIDENCE, ACTIVE_L3, unsigned).decision()).isEqualTo(Decision.RESTRICTED);
        SitePolicy lenient = new SitePolicy(2, Set.of(), Decision.RESTRICTED, Decision.RESTRICTED, Decision.REFUSED,
                Decision.RESTRICTED, Decision.RESTRICTED, true, Decision.RESTRICTED, Decision.RESTRICTED, java.util.List.of());
        assertThat(OnboardingEngine.decide(new OnboardingFacts(GOOD_EVIDENCE, ACTIVE_L3, unsigned, ""), lenient).decision())
                .isEqualTo(Decision.ADMITTED);
    }

    @Test
    void a_platform_below_the_required_level_or_profile_is_restricted() {
        var l1 = new CertificateFacts("SESIP-2600002-01", Status.ACTIVE, 1, Set.of());
        assertThat(decide(GOOD_EVIDENCE, l1, SIGNED_MUD).decisive()).extracting(Reason::code).containsExactly("LEVEL_BELOW_REQUIRED");
        SitePolicy psaOnly = new SitePolicy(0, Set.of("psa-l3"), Decision.REFUSED, Decision.RESTRICTED, Decision.REFUSED,
                Decision.RESTRICTED, Decision.RESTRICTED, false, Decision.RESTRICTED, Decision.RESTRICTED, java.util.List.of());
        var noProfile = new CertificateFacts("SESIP-2600003-01", Status.ACTIVE, 3, Set.of("other"));
        assertThat(OnboardingEngine.decide(new OnboardingFacts(GOOD_EVIDENCE, noProfile, SIGNED_MUD, ""), psaOnly).decision())
                .isEqualTo(Decision.REFUSED);
    }

    @Test
    void an_unreachable_mud_server_restricts_and_a_refused_url_refuses() {
        var down = new MudFacts(SIGNED_MUD.mudUrl(), Retrieval.UNREACHABLE, Signature.UNSIGNED, false, true, "connection refused");
        assertThat(decide(GOOD_EVIDENCE, ACTIVE_L3, down).decision()).isEqualTo(Decision.RESTRICTED);
        var ssrf = new MudFacts("https://10.0.0.1/x.json", Retrieval.REFUSED_UNSAFE, Signature.UNSIGNED, false, true, "private address");
        assertThat(decide(GOOD_EVIDENCE, ACTIVE_L3, ssrf).decision()).isEqualTo(Decision.REFUSED);
    }

    @Test
    void a_device_is_never_admitted_unless_every_fact_is_positive() {
        var evidence = arbitrary().enumValues(Measurements.class).zip(booleans().all(),
                (meas, verified) -> new AttestationFacts(verified, meas, "01", "02", "x"));
        var certificate = arbitrary().enumValues(Status.class).zip(integers().between(0, 5),
                (status, level) -> new CertificateFacts("SESIP-2600009-01", status, level, Set.of()));
        var mud = arbitrary().enumValues(Retrieval.class).zip(arbitrary().enumValues(Signature.class), booleans().all(),
                booleans().all(), (retrieval, sig, valid, supported) ->
                        new MudFacts("https://m.example/a.json", retrieval, sig, valid, supported, "x"));
        qt().withExamples(3000).forAll(evidence, certificate, mud).checkAssert((a, c, m) -> {
            boolean allGood = a.verified() && a.measurements() == Measurements.MATCHED
                    && c.status() == Status.ACTIVE && c.level() >= 2
                    && (m.retrieval() == Retrieval.FETCHED || m.retrieval() == Retrieval.STALE_CACHE)
                    && m.signature() == Signature.VALID && m.valid() && m.supported();
            assertThat(decide(a, c, m).decision() == Decision.ADMITTED).isEqualTo(allGood);
        });
    }
}
