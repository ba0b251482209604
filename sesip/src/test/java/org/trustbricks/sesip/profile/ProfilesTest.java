package org.trustbricks.sesip.profile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.catalogue.Catalogues;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.validation.Codes;
import org.trustbricks.sesip.validation.ValidationReport;

class ProfilesTest {

    private static String psaExample() throws Exception {
        return Files.readString(Path.of("../examples/sesip/psa-l3-mcu.yaml"));
    }

    private static SecurityTarget read(String yaml) {
        return Sesip.read(yaml.getBytes(UTF_8), "st.yaml").securityTarget().orElseThrow();
    }

    @Test
    void the_psa_level_3_profile_holds_the_twelve_sfrs_of_the_reference_at_sesip3() {
        Profile p = Profiles.byId("psa-certified-level-3").orElseThrow();
        assertThat(p.requiredSfrs()).hasSize(12);
        assertThat(p.level().value().name()).isEqualTo("SESIP3");
        assertThat(p.complete()).isTrue();
    }

    @Test
    void every_profile_names_only_catalogue_sfrs() {
        for (Profile p : Profiles.all()) {
            p.requiredSfrs().forEach(s -> assertThat(Catalogues.current().sfr(s.sfr())).as(p.id() + " " + s.sfr()).isPresent());
            p.candidateSfrs().forEach(s -> assertThat(Catalogues.current().sfr(s.sfr())).as(p.id() + " " + s.sfr()).isPresent());
        }
    }

    @Test
    void the_psa_example_conforms_fully_to_psa_level_3() throws Exception {
        Conformance c = Sesip.conformance(read(psaExample()), "psa-certified-level-3").orElseThrow();
        assertThat(c.conformant()).isTrue();
        assertThat(c.fullyChecked()).isTrue();
        assertThat(c.missingSfrs()).isEmpty();
        assertThat(c.presentSfrs()).hasSize(12);
    }

    @Test
    void a_missing_profile_sfr_and_a_lower_level_are_listed() throws Exception {
        String st = psaExample().replace("  - sfr: Physical Attacker Resistance", "  - sfr: Reliable Index")
                .replace("level: SESIP3", "level: SESIP2");
        Conformance c = Sesip.conformance(read(st), "psa-certified-level-3").orElseThrow();
        assertThat(c.conformant()).isFalse();
        assertThat(c.missingSfrs()).extracting(ProfileSfr::sfr).containsExactly("physical-attacker-resistance");
        assertThat(c.findings()).extracting(Finding::code).contains(Codes.PROFILE_SFR_MISSING, Codes.PROFILE_LEVEL);
        ValidationReport report = Sesip.validate(st.getBytes(UTF_8), "st.yaml");
        assertThat(report.has(Codes.PROFILE_SFR_MISSING)).isTrue();
        assertThat(report.valid()).isFalse();
    }

    @Test
    void profiles_known_only_in_part_are_checked_for_what_is_known_and_say_so() throws Exception {
        Conformance c = Sesip.conformance(read(psaExample()), "gp-secure-external-memories").orElseThrow();
        assertThat(c.fullyChecked()).isFalse();
        assertThat(c.conformant()).isTrue();
        assertThat(c.findings()).extracting(Finding::code).containsExactly(Codes.PROFILE_UNCHECKABLE);
        Conformance inferred = Sesip.conformance(read(psaExample().replace("Secure Update of Platform", "Reliable Index")),
                "gp-code-update-mechanism").orElseThrow();
        assertThat(inferred.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(Codes.PROFILE_SFR_MISSING);
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("inference");
        });
    }

    @Test
    void an_unknown_profile_claim_is_a_warning() throws Exception {
        ValidationReport r = Sesip.validate(psaExample().replace("profiles: [psa-certified-level-3]", "profiles: [acme-gold]")
                .getBytes(UTF_8), "st.yaml");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(Codes.PROFILE_UNKNOWN);
            assertThat(f.path()).isEqualTo("/profiles/0");
        });
        assertThat(Sesip.conformance(read(psaExample()), "acme-gold")).isEmpty();
    }
}
