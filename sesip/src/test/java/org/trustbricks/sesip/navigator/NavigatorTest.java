package org.trustbricks.sesip.navigator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.navigator.Guidance.Recommendation;
import org.trustbricks.sesip.validation.Codes;
import org.trustbricks.sesip.validation.ValidationReport;

class NavigatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Test
    void eu_consumer_iot_gets_update_access_control_and_secure_communication_at_sesip2() {
        Guidance g = Sesip.newStarter(List.of("eu-consumer-iot"), DAY).guidance();
        assertThat(g.regulations()).containsExactly("en303645", "cra");
        assertThat(g.level()).isEqualTo("SESIP2");
        assertThat(g.sfrs()).extracting(Recommendation::sfr).contains("verification-of-platform-identity",
                "secure-update-of-platform", "authenticated-access-control", "secure-communication-support");
        Recommendation access = g.sfrs().stream().filter(r -> r.sfr().equals("authenticated-access-control")).findFirst().orElseThrow();
        assertThat(access.reasons()).contains("en303645 5.5-4");
        assertThat(g.sfrs()).filteredOn(r -> r.sfr().equals("verification-of-platform-identity"))
                .singleElement().extracting(Recommendation::inferred).isEqualTo(false);
    }

    @Test
    void implied_sfrs_of_a_recommendation_are_recommended_too() {
        Guidance g = Sesip.newStarter(List.of("industrial-sl2"), DAY).guidance();
        assertThat(g.sfrs()).extracting(Recommendation::sfr).contains("attestation-of-platform-state",
                "attestation-of-platform-genuineness", "secure-initialization-of-platform");
        assertThat(g.level()).isEqualTo("SESIP3");
    }

    @Test
    void the_highest_suggested_level_of_several_markets_wins_and_a_closest_profile_is_named() {
        Guidance g = Sesip.newStarter(List.of("us-federal", "industrial-sl3"), DAY).guidance();
        assertThat(g.level()).isEqualTo("SESIP4");
        assertThat(g.closestProfile()).isNotNull();
        assertThat(g.closestProfile().overlap()).isBetween(0.0, 1.0);
        assertThat(g.levelRationale()).contains("inferred");
    }

    @Test
    void the_starter_st_reads_back_and_its_only_errors_are_values_still_to_fill() {
        Guidance g = Sesip.newStarter(List.of("eu-consumer-iot"), DAY).guidance();
        ValidationReport r = Sesip.validate(g.starterYaml().getBytes(UTF_8), "starter.yaml");
        assertThat(r.complete()).isTrue();
        assertThat(r.findings()).filteredOn(Finding::isError).extracting(Finding::code)
                .isNotEmpty()
                .allMatch(code -> code.equals(Codes.PARAM_UNFILLED) || code.startsWith("ST-RATIONALE") || code.equals(Codes.FLR_INCOMPLETE));
        assertThat(g.starterYaml()).contains("date: 2026-11-21").contains("<");
    }

    @Test
    void unknown_market_keys_are_returned_not_guessed() {
        NavigationResult r = Sesip.newStarter(List.of("mars-colony"), DAY);
        assertThat(r.guidance()).isNull();
        assertThat(r.unknownMarkets()).containsExactly("mars-colony");
        assertThat(r.knownMarkets()).contains("eu-consumer-iot", "industrial-sl2", "us-federal");
    }
}
