package org.trustbricks.sesip.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.Sesip;

class ValidatorTest {

    static final String MINIMAL = """
            reference: {title: ST for Widget, version: "1", date: 2026-01-10, developer: Widget Co}
            methodology: {edition: GP-1.2}
            platform: {name: Widget, version: "1.0", identification: WID-1.0, type: device}
            guidance: [{id: UG, title: User guide, version: "1"}]
            environmentObjectives:
              - {id: OE.TRUSTED_ADMIN, description: Administrators are trained., guidance: {document: UG, section: "2.1"}}
            assurance:
              level: SESIP2
              flawRemediation: {reportingChannel: security@widget.example, handling: Triaged in 5 days., userNotification: Advisories on the web site.}
            sfrs:
              - sfr: Verification of Platform Identity
                rationale: {implementation: Version string in firmware., assessment: Tested.}
              - sfr: Secure Update of Platform
                rationale: {implementation: Signed images with anti-rollback counter., assessment: Tested.}
            """;

    static ValidationReport validate(String yaml) {
        return Sesip.validate(yaml.getBytes(UTF_8), "st.yaml");
    }

    static String withSfr(String sfrYaml) {
        return MINIMAL + sfrYaml.indent(2);
    }

    static void assertFinding(ValidationReport r, String code, String path) {
        assertThat(r.findings()).as(r.findings().toString())
                .anySatisfy(f -> {
                    assertThat(f.code()).isEqualTo(code);
                    assertThat(f.path()).isEqualTo(path);
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.hint()).isNotBlank();
                });
    }

    @Test
    void the_minimal_st_is_valid() {
        ValidationReport r = validate(MINIMAL);
        assertThat(r.findings()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.level()).isEqualTo("SESIP2");
        assertThat(r.edition()).isEqualTo("GP-1.2");
    }

    @Test
    void the_psa_level_3_microcontroller_example_has_no_errors() throws Exception {
        ValidationReport r = Sesip.validate(Files.readAllBytes(Path.of("../examples/sesip/psa-l3-mcu.yaml")), "psa-l3-mcu.yaml");
        assertThat(r.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void missing_platform_identity_is_an_error() {
        ValidationReport r = validate(MINIMAL.replace("Verification of Platform Identity", "Reliable Index"));
        assertFinding(r, Codes.MANDATORY_IDENTITY, "/sfrs");
        assertThat(r.valid()).isFalse();
    }

    @Test
    void missing_secure_update_is_an_error_unless_justified_under_alc_flr_2() {
        String noUpdate = MINIMAL.replace("Secure Update of Platform", "Reliable Index");
        assertFinding(validate(noUpdate), Codes.MANDATORY_UPDATE, "/sfrs");
        String justified = noUpdate.replace("userNotification: Advisories on the web site.}",
                "userNotification: Advisories on the web site., noSecureUpdateJustification: Immutable ROM root of trust.}");
        assertThat(validate(justified).has(Codes.MANDATORY_UPDATE)).isFalse();
    }

    @Test
    void unfilled_parameters_and_values_still_in_angle_bracket_notation_are_reported_at_the_parameter() {
        ValidationReport r = validate(withSfr("""
                - sfr: Cryptographic Random Number Generation
                  parameters: {entropy-sources: ["<entropy sources>"]}
                  rationale: {implementation: TRNG., assessment: Tested.}
                """));
        assertFinding(r, Codes.PARAM_UNFILLED, "/sfrs/2/parameters/entropy-sources");
        assertFinding(r, Codes.PARAM_UNFILLED, "/sfrs/2/parameters/specification");
    }

    @Test
    void selections_take_only_offered_choices_and_unknown_parameters_are_named() {
        ValidationReport r = validate(withSfr("""
                - sfr: Cryptographic KeyStore
                  parameters: {assets: [k], properties: [confidentiality, secrecy], operations: [sign], colour: red}
                  rationale: {implementation: Keys in SE., assessment: Tested.}
                """));
        assertFinding(r, Codes.PARAM_CHOICE, "/sfrs/2/parameters/properties/1");
        assertFinding(r, Codes.PARAM_UNKNOWN, "/sfrs/2/parameters/colour");
        ValidationReport shape = validate(withSfr("""
                - sfr: Cryptographic Random Number Generation
                  parameters: {entropy-sources: [ring oscillator], specification: [SP 800-90A, SP 800-90B]}
                  rationale: {implementation: TRNG., assessment: Tested.}
                """));
        assertFinding(shape, Codes.PARAM_SHAPE, "/sfrs/2/parameters/specification");
    }

    @Test
    void unknown_sfrs_and_sfrs_outside_the_declared_edition_are_reported() {
        ValidationReport unknown = validate(withSfr("""
                - sfr: Secure Storage
                  rationale: {implementation: x, assessment: y}
                """));
        assertFinding(unknown, Codes.SFR_UNKNOWN, "/sfrs/2/sfr");
        ValidationReport old = validate(withSfr("""
                - sfr: Availability Support
                  parameters: {sfrs: [Secure Update of Platform], situations: [flooding]}
                  rationale: {implementation: x, assessment: y}
                """).replace("GP-1.2", "GP-1.0"));
        assertThat(old.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(Codes.SFR_NOT_IN_EDITION);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("inferred");
        });
        assertFinding(validate(MINIMAL.replace("GP-1.2", "GP-9")), Codes.EDITION_UNKNOWN, "/methodology/edition");
    }

    @Test
    void implied_and_required_sfrs_must_be_claimed() {
        ValidationReport r = validate(withSfr("""
                - sfr: Attestation of Platform State
                  rationale: {implementation: x, assessment: y}
                - sfr: Secure Communication Enforcement
                  parameters: {endpoints: [cloud], protocols: [TLS 1.3]}
                  rationale: {implementation: x, assessment: y}
                """));
        assertThat(r.findings()).filteredOn(f -> f.code().equals(Codes.IMPLIED_MISSING)).hasSize(2);
        assertFinding(r, Codes.REQUIRED_MISSING, "/sfrs/3");
    }

    @Test
    void the_assurance_package_must_be_exactly_one_level() {
        assertFinding(validate(MINIMAL.replace("level: SESIP2", "level: EAL4")), Codes.LEVEL_UNKNOWN, "/assurance/level");
        assertFinding(validate(MINIMAL.replace("  level: SESIP2\n", "")), Codes.LEVEL_MISSING, "/assurance");
        ValidationReport augmented = validate(MINIMAL.replace("level: SESIP2", """
                level: SESIP2
                  components: [ASE_INT.1, ASE_OBJ.1, ASE_REQ.3, ASE_TSS.1, ADV_FSP.4, AGD_OPE.1, AGD_PRE.1, ALC_FLR.2, ATE_IND.1, AVA_VAN.3]"""));
        assertFinding(augmented, Codes.SAR_MISMATCH, "/assurance/components");
        assertThat(augmented.findings()).filteredOn(f -> f.code().equals(Codes.SAR_MISMATCH))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void legacy_labels_are_translated_with_an_information_finding() {
        ValidationReport r = validate(MINIMAL.replace("level: SESIP2", "level: SESIP1+"));
        assertThat(r.level()).isEqualTo("SESIP2");
        assertThat(r.levelAsWritten()).isEqualTo("SESIP1+");
        assertFinding(r, Codes.LEVEL_LABEL_TRANSLATED, "/assurance/level");
        assertThat(r.valid()).isTrue();
    }

    @Test
    void a_multi_level_claim_must_place_every_sfr_at_exactly_one_level() {
        String multi = MINIMAL.replace("  level: SESIP2\n", """
                  levels:
                    - {level: SESIP2, sfrs: [verification-of-platform-identity, nonexistent]}
                    - {level: SESIP3, sfrs: [verification-of-platform-identity]}
                """);
        ValidationReport r = validate(multi);
        assertFinding(r, Codes.CLAIM_REFERENCE_UNKNOWN, "/assurance/levels/0/sfrs/1");
        assertFinding(r, Codes.MULTILEVEL_TWICE, "/assurance/levels/1/sfrs/0");
        assertFinding(r, Codes.MULTILEVEL_UNASSIGNED, "/sfrs/1");
    }

    @Test
    void environment_objectives_must_point_into_listed_guidance() {
        assertFinding(validate(MINIMAL.replace(", guidance: {document: UG, section: \"2.1\"}", "")),
                Codes.ENV_GUIDANCE_MISSING, "/environmentObjectives/0/guidance");
        assertFinding(validate(MINIMAL.replace("document: UG", "document: AGD-X")),
                Codes.ENV_GUIDANCE_UNKNOWN, "/environmentObjectives/0/guidance/document");
    }

    @Test
    void every_sfr_needs_both_rationale_parts() {
        ValidationReport r = validate(MINIMAL.replace("{implementation: Version string in firmware., assessment: Tested.}",
                "{implementation: Version string in firmware.}"));
        assertFinding(r, Codes.RATIONALE_ASSESSMENT, "/sfrs/0/rationale/assessment");
    }

    @Test
    void flaw_remediation_evidence_is_required_at_every_level() {
        ValidationReport r = validate(MINIMAL.replace("handling: Triaged in 5 days., ", ""));
        assertFinding(r, Codes.FLR_INCOMPLETE, "/assurance/flawRemediation/handling");
    }

    @Test
    void sesip1_needs_the_embedded_vulnerability_survey() {
        assertFinding(validate(MINIMAL.replace("level: SESIP2", "level: SESIP1")),
                Codes.VULNERABILITY_SURVEY_MISSING, "/assurance/vulnerabilitySurvey");
    }

    @Test
    void duplicate_ids_and_non_iterable_sfrs_claimed_twice_are_reported() {
        ValidationReport r = validate(withSfr("""
                - sfr: Reliable Index
                  rationale: {implementation: x, assessment: y}
                - sfr: Reliable Index
                  rationale: {implementation: x, assessment: y}
                """));
        assertFinding(r, Codes.DUPLICATE_ID, "/sfrs/3");
        assertFinding(r, Codes.SFR_NOT_ITERABLE, "/sfrs/3");
        assertFinding(r, Codes.SFR_ITERATION_UNNAMED, "/sfrs/2/iteration");
    }

    @Test
    void additional_sfrs_need_the_disclaimer_and_must_not_repeat_catalogue_sfrs() {
        ValidationReport r = validate(MINIMAL + """
                additionalSfrs:
                  items:
                    - {id: reliable-index, title: Reliable Index, rationale: {implementation: x, assessment: y}}
                """);
        assertFinding(r, Codes.ADDITIONAL_DISCLAIMER, "/additionalSfrs/disclaimer");
        assertFinding(r, Codes.ADDITIONAL_IS_CATALOGUE, "/additionalSfrs/items/0/title");
    }

    @Test
    void sfr_titles_and_parameter_names_written_a_little_differently_are_still_recognised() {
        ValidationReport r = validate(withSfr("""
                - sfr: "Software Attacker Resistance - Isolation of Platform"
                  rationale: {implementation: MPU., assessment: Tested.}
                - sfr: Secure Initialisation of Platform
                  parameters: {Controlled_States: [halt]}
                  rationale: {implementation: Boot ROM., assessment: Tested.}
                - sfr: cryptographic key store
                  parameters: {assets: [k], properties: [integrity], OPERATIONS: [sign]}
                  rationale: {implementation: SE., assessment: Tested.}
                """));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void an_impossible_date_is_reported() {
        assertFinding(validate(MINIMAL.replace("2026-01-10", "2026-02-30")), Codes.DATE_INVALID, "/reference/date");
    }

    @Test
    void a_document_that_cannot_be_read_gives_an_incomplete_report_without_rule_findings() {
        ValidationReport r = validate("reference: [broken");
        assertThat(r.complete()).isFalse();
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).singleElement().extracting(Finding::code).isEqualTo("ST-READ-MALFORMED");
    }
}
