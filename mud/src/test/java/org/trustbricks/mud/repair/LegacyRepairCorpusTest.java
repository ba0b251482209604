package org.trustbricks.mud.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.YanglintAccess;

/** The 28 UNSW legacy profiles: each is repaired into strictly valid RFC 8520, or refused with a reason. */
class LegacyRepairCorpusTest {

    private final MudValidator validator = MudValidator.create();
    private final MudRepairer repairer = MudRepairer.using(validator);

    private static List<Path> legacyFiles() throws Exception {
        Path dir = SharedCorpus.require("corpus/mud/legacy");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void every_repaired_legacy_file_validates_strictly_and_with_yanglint() throws Exception {
        YanglintAccess.require();
        List<String> problems = new ArrayList<>();
        int repaired = 0;
        for (Path file : legacyFiles()) {
            byte[] original = Files.readAllBytes(file);
            assertThat(validator.validate(original, Mode.STRICT).valid()).as(file.getFileName() + " is invalid before").isFalse();
            RepairResult result = repairer.repair(original);
            assertThat(result.changes()).as(file.getFileName() + " changes").isNotEmpty();
            if (!result.refusals().isEmpty()) {
                assertThat(result.repaired()).isFalse();
                continue;
            }
            repaired++;
            if (!result.repaired()) {
                problems.add(file.getFileName() + " " + result.report().errors());
            }
            boolean yanglint = YanglintAccess.valid(result.json().getBytes(StandardCharsets.UTF_8));
            if (!yanglint) {
                problems.add(file.getFileName() + " rejected by yanglint after repair");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(repaired).isEqualTo(27);
    }

    @Test
    void an_ipv4_address_in_an_ipv6_field_is_refused_with_the_reason() throws Exception {
        Path file = SharedCorpus.require("corpus/mud/legacy/unsw-augustdoorbellcamMud.json");
        RepairResult result = repairer.repair(Files.readAllBytes(file));
        assertThat(result.repaired()).isFalse();
        assertThat(result.refusals()).singleElement().satisfies(r -> {
            assertThat(r.description()).contains("192.168.1.1").contains("not an IPv6 address");
            assertThat(r.path()).startsWith("/ietf-access-control-list:access-lists/acl/");
        });
    }

    @Test
    void lenient_validation_reports_each_repair_as_a_warning_and_accepts_a_repairable_legacy_file() throws Exception {
        Path file = SharedCorpus.require("corpus/mud/legacy/unsw-HueBulbMud.json");
        byte[] bytes = Files.readAllBytes(file);
        MudReport strict = validator.validate(bytes, Mode.STRICT);
        MudReport lenient = validator.validate(bytes, Mode.LENIENT);
        assertThat(strict.valid()).isFalse();
        assertThat(lenient.valid()).isTrue();
        assertThat(lenient.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("MUD-LEGACY-REPAIRED"));
        assertThat(lenient.findings()).anySatisfy(f -> assertThat(f.message()).contains("mixed-eth-ipv4-acl-type"));
    }

    @Test
    void repairing_a_valid_rfc_file_changes_nothing() throws Exception {
        Path file = SharedCorpus.require("corpus/mud/valid/mudmaker-cloud-service.json");
        byte[] bytes = Files.readAllBytes(file);
        RepairResult result = repairer.repair(bytes);
        assertThat(result.changes()).isEmpty();
        assertThat(result.repaired()).isTrue();
        assertThat(result.json().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
}
