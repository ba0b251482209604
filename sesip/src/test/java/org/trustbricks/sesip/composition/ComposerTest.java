package org.trustbricks.sesip.composition;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.common.Severity;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport.Attribution;
import org.trustbricks.sesip.composition.CompositionReport.ObjectiveHandling;
import org.trustbricks.sesip.composition.CompositionReport.PartSummary;

class ComposerTest {

    static String lock() throws Exception {
        return Files.readString(Path.of("../examples/sesip/smart-lock.yaml"));
    }

    static CompositionReport compose(String yaml) {
        return Sesip.compose(yaml.getBytes(UTF_8), "lock.yaml");
    }

    static void assertFinding(CompositionReport r, String code, String path) {
        assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(path);
        });
    }

    @Test
    void the_smart_lock_composes_into_a_mixed_claim_with_every_sfr_attributed() throws Exception {
        CompositionReport r = compose(lock());
        assertThat(r.findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(r.acceptable()).isTrue();
        assertThat(r.claimedLevel()).isEqualTo("SESIP2 with SESIP3 and SESIP5 part(s)");
        assertThat(r.defaultLevel()).isEqualTo("SESIP2");
        assertThat(r.attributions()).filteredOn(a -> a.claim().equals("cryptographic-keystore"))
                .singleElement().satisfies(a -> {
                    assertThat(a.providedBy()).isEqualTo("se");
                    assertThat(a.level()).isEqualTo("SESIP5");
                    assertThat(a.alsoCertifiedBy()).containsExactlyInAnyOrder("rtos", "nw33");
                });
        assertThat(r.attributions()).filteredOn(a -> a.claim().equals("ble-phone")).extracting(Attribution::providedBy)
                .containsExactly(CompositionReport.PLATFORM);
        assertThat(r.parts()).filteredOn(PartSummary::direct).extracting(PartSummary::id).containsExactly("rtos", "se");
        assertThat(r.links()).extracting(l -> l.from() + ">" + l.to()).contains("platform>rtos", "platform>se", "rtos>nw33");
        assertThat(r.objectives()).extracting(ObjectiveHandling::handling).doesNotContain("unhandled");
    }

    @Test
    void a_cycle_between_parts_is_rejected_and_nothing_is_computed() throws Exception {
        CompositionReport r = compose(lock().replace("    configuration: {readout-protection: level 2, trustzone: enabled}\n    certificate:\n      id: SESIP-2600041-01",
                "    configuration: {readout-protection: level 2, trustzone: enabled}\n    uses: [rtos]\n    certificate:\n      id: SESIP-2600041-01"));
        assertThat(r.complete()).isFalse();
        assertThat(r.acceptable()).isFalse();
        assertThat(r.attributions()).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.code().equals(CompositionCodes.CYCLE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("rtos → nw33 → rtos"));
    }

    @Test
    void a_part_integrated_in_another_version_or_configuration_is_reported() throws Exception {
        CompositionReport r = compose(lock().replace("    version: 4.2.1\n", "    version: 4.2.2\n")
                .replace("configuration: {mpu: enabled, tls-min-version: \"1.3\"}\n    uses", "configuration: {mpu: disabled}\n    uses"));
        assertFinding(r, CompositionCodes.VERSION_MISMATCH, "/parts/0/version");
        assertFinding(r, CompositionCodes.CONFIG_MISMATCH, "/parts/0/configuration/mpu");
        assertFinding(r, CompositionCodes.CONFIG_MISMATCH, "/parts/0/configuration/tls-min-version");
    }

    @Test
    void expired_terminated_and_under_review_certificates_are_reported_at_the_evaluation_date() throws Exception {
        assertFinding(compose(lock().replace("validUntil: 2028-04-01", "validUntil: 2026-08-31")),
                CompositionCodes.EXPIRED, "/parts/1/certificate/validUntil");
        CompositionReport terminated = compose(lock().replace("      status: active\n      issued: 2026-05-04",
                "      status: terminated\n      issued: 2026-05-04"));
        assertFinding(terminated, CompositionCodes.STATUS, "/parts/2/certificate/status");
        assertThat(terminated.parts().get(2).status()).isEqualTo("terminated");
        assertFinding(compose(lock().replace("      status: active\n      issued: 2026-07-10",
                "      status: under-vulnerability-review\n      issued: 2026-07-10")), CompositionCodes.STATUS, "/parts/0/certificate/status");
        CompositionReport superseded = compose(lock().replace("      status: active\n      issued: 2026-05-04",
                "      status: superseded\n      issued: 2026-05-04"));
        assertFinding(superseded, CompositionCodes.STATUS, "/parts/2/certificate/status");
        assertThat(superseded.parts().get(2).status()).isEqualTo("superseded");
        CompositionReport early = compose(lock().replace("evaluationDate: 2026-09-01", "evaluationDate: 2026-06-01"));
        assertFinding(early, CompositionCodes.NOT_YET_ISSUED, "/parts/0/certificate/issued");
    }

    @Test
    void a_single_level_claim_above_the_lowest_part_needs_evidence() throws Exception {
        String single = lock().replaceAll("(?s)  levels:\n.*?  flawRemediation:", "  level: SESIP5\n  flawRemediation:");
        CompositionReport r = compose(single);
        assertFinding(r, CompositionCodes.LEVEL_TOO_HIGH, "/assurance/level");
        assertThat(r.defaultLevel()).isEqualTo("SESIP3");
        String evidenced = single.replace("    uses: [nw33]\n", "    uses: [nw33]\n    levelEvidence: Extra white-box review of the RTOS by the lab.\n");
        CompositionReport raised = compose(evidenced);
        assertThat(raised.findings()).filteredOn(f -> f.code().equals(CompositionCodes.LEVEL_RAISED))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(raised.findings()).extracting(Finding::code).doesNotContain(CompositionCodes.LEVEL_TOO_HIGH);
    }

    @Test
    void a_mixed_claim_may_put_at_a_higher_level_only_sfrs_delivered_by_parts_certified_there() throws Exception {
        CompositionReport r = compose(lock().replace("sfrs: [secure-update-of-platform, tls-cloud]", "sfrs: [secure-update-of-platform, tls-cloud, ble-phone]")
                .replace("sfrs: [verification-of-platform-identity, ble-phone,", "sfrs: [verification-of-platform-identity,"));
        assertFinding(r, CompositionCodes.MIXED_ATTRIBUTION, "/sfrs/4");
    }

    @Test
    void sfrs_attributed_to_unknown_or_uncertified_parts_are_reported() throws Exception {
        String text = lock().replace("  - sfr: Factory Reset of Platform\n", "  - sfr: Factory Reset of Platform\n    providedBy: se\n")
                .replace("  - sfr: Audit Log Generation and Storage\n", "  - sfr: Audit Log Generation and Storage\n    providedBy: modem\n");
        CompositionReport r = compose(text);
        assertFinding(r, CompositionCodes.SFR_NOT_CERTIFIED, "/sfrs/7/providedBy");
        assertFinding(r, CompositionCodes.PROVIDER_UNKNOWN, "/sfrs/8/providedBy");
    }

    @Test
    void every_inherited_objective_must_be_covered_or_passed_on() throws Exception {
        CompositionReport r = compose(lock().replace("      - {objective: OE.PERSONALISATION, passedOn: [OE.MFG_PROVISIONING]}\n", "")
                .replace("{objective: OE.OTA_SERVICE, passedOn: [OE.SIGNED_RELEASES]}", "{objective: OE.OTA_SERVICE, passedOn: [OE.NOWHERE]}")
                .replace("coveredBy: [ble-phone]", "coveredBy: [no-such-claim]"));
        assertFinding(r, CompositionCodes.OBJECTIVE_UNHANDLED, "/parts/2/certificate/environmentObjectives/1");
        assertFinding(r, CompositionCodes.OBJECTIVE_REFERENCE, "/parts/0/inheritedObjectives/3/passedOn/0");
        assertFinding(r, CompositionCodes.OBJECTIVE_REFERENCE, "/parts/2/inheritedObjectives/0/coveredBy/0");
        assertThat(r.objectives()).filteredOn(o -> o.objective().equals("OE.PERSONALISATION"))
                .extracting(ObjectiveHandling::handling).containsExactly("unhandled");
    }

    @Test
    void an_unhandled_objective_of_a_part_of_a_part_is_only_a_warning() throws Exception {
        CompositionReport r = compose(lock().replace("      - {objective: OE.RDP_LEVEL2, passedOn: [OE.MFG_PROVISIONING]}\n", ""));
        assertThat(r.findings()).filteredOn(f -> f.code().equals(CompositionCodes.OBJECTIVE_UNHANDLED))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void unknown_part_references_and_unreadable_part_levels_are_reported() throws Exception {
        CompositionReport r = compose(lock().replace("uses: [nw33]", "uses: [nw34]").replace("level: SESIP5\n      certifiedVersion", "level: EAL6\n      certifiedVersion"));
        assertFinding(r, CompositionCodes.USES_UNKNOWN, "/parts/0/uses/0");
        assertFinding(r, CompositionCodes.PART_LEVEL_UNKNOWN, "/parts/2/certificate/level");
    }

    @Test
    void the_platform_identity_of_a_composite_must_name_its_parts() throws Exception {
        CompositionReport r = compose(lock().replace("with Aurora SE-100\n    secure element version 2.0;", "with a secure element;"));
        assertFinding(r, CompositionCodes.IDENTITY_PARTS, "/platform/identification");
    }

    @Test
    void legacy_part_levels_are_normalised() throws Exception {
        CompositionReport r = compose(lock().replace("level: SESIP5\n      certifiedVersion", "level: SESIP3\n      labelScheme: trustcb-v1.2\n      certifiedVersion"));
        assertThat(r.parts().get(2).level()).isEqualTo("SESIP5");
        assertThat(r.parts().get(2).levelAsWritten()).isEqualTo("SESIP3");
        assertThat(r.acceptable()).isTrue();
    }
}
