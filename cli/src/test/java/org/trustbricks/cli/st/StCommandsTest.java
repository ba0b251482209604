package org.trustbricks.cli.st;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;

class StCommandsTest {

    private static final String LOCK = "../examples/sesip/smart-lock.yaml";
    private static final String SHOWCASE = "../examples/sesip/invalid/showcase.yaml";

    @TempDir
    Path tmp;

    @Test
    void validate_accepts_a_valid_st_and_exits_0() {
        CliRun r = CliRun.of("st", "validate", LOCK);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("smart-lock.yaml: valid, SESIP2 with SESIP3 and SESIP5 part(s)");
    }

    @Test
    void validate_lists_error_findings_with_paths_and_hints_and_exits_1() {
        CliRun r = CliRun.of("st", "validate", SHOWCASE);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("error ST-MANDATORY-IDENTITY at /sfrs").contains("hint: ").contains("NOT valid");
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void validate_json_prints_the_report() throws Exception {
        CliRun r = CliRun.of("st", "validate", "--json", SHOWCASE);
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("findings").size()).isGreaterThan(40);
    }

    @Test
    void a_missing_or_unreadable_file_is_one_line_and_exit_1() throws Exception {
        CliRun missing = CliRun.of("st", "validate", tmp.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "a: &x [1]\nb: *x\n");
        CliRun alias = CliRun.of("st", "validate", bad.toString());
        assertThat(alias.exitCode()).isEqualTo(1);
        assertThat(alias.out()).contains("ST-READ-MALFORMED").contains("anchors");
    }

    @Test
    void compose_prints_attribution_and_exits_1_on_a_cycle() {
        CliRun ok = CliRun.of("st", "compose", LOCK);
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Cryptographic KeyStore <- se at SESIP5").contains("composition acceptable");
        CliRun cycle = CliRun.of("st", "compose", "../examples/sesip/invalid/no-level-cycle.yaml");
        assertThat(cycle.exitCode()).isEqualTo(1);
        assertThat(cycle.out()).contains("ST-COMP-CYCLE").contains("NOT acceptable");
    }

    @Test
    void coverage_against_each_regulation_labels_inferred_rows() {
        for (String reg : new String[] {"en303645", "nistir8259a", "iec62443-4-2", "cra"}) {
            CliRun r = CliRun.of("st", "coverage", LOCK, "--against", reg);
            assertThat(r.exitCode()).as(reg).isZero();
            assertThat(r.out()).as(reg).contains("covered").contains("[inferred]");
        }
        CliRun unknown = CliRun.of("st", "coverage", LOCK, "--against", "gdpr");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("st", "coverage", LOCK).exitCode()).isEqualTo(2);
    }

    @Test
    void render_writes_html_or_markdown() throws Exception {
        Path page = tmp.resolve("lock.html");
        CliRun html = CliRun.of("st", "render", LOCK, "--format", "html", "--output", page.toString());
        assertThat(html.exitCode()).isZero();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg");
        CliRun md = CliRun.of("st", "render", LOCK, "--format", "md");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).contains("```mermaid");
        CliRun invalid = CliRun.of("st", "render", SHOWCASE, "--format", "md");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.out()).contains("## Validation findings");
        assertThat(CliRun.of("st", "render", LOCK, "--format", "pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void new_writes_a_starter_that_validate_reads_and_reports_as_unfilled() throws Exception {
        Path starter = tmp.resolve("starter.yaml");
        CliRun r = CliRun.of("st", "new", "--market", "eu-consumer-iot,us-federal", "--output", starter.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Suggested level: SESIP2").contains("Authenticated Access Control");
        CliRun v = CliRun.of("st", "validate", starter.toString());
        assertThat(v.exitCode()).isEqualTo(1);
        assertThat(v.out()).contains("ST-PARAM-UNFILLED").doesNotContain("ST-SCHEMA");
        CliRun unknown = CliRun.of("st", "new", "--market", "mars");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("eu-consumer-iot");
    }

    @Test
    void sesip_catalogue_lists_the_forty_sfrs_or_prints_json() throws Exception {
        CliRun text = CliRun.of("sesip", "catalogue");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Software Attacker Resistance: Isolation of Platform Parts").contains("SESIP5");
        CliRun json = CliRun.of("sesip", "catalogue", "--json", "--edition", "EN17927-2023");
        assertThat(json.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).get("sfrs").size()).isEqualTo(40);
        assertThat(CliRun.of("sesip", "catalogue", "--edition", "GP-3").exitCode()).isEqualTo(2);
    }

    @Test
    void every_option_of_the_st_and_sesip_commands_has_a_description_and_a_label() {
        var root = org.trustbricks.cli.TrustBricks.commandLine();
        for (String group : new String[] {"st", "sesip"}) {
            for (var sub : root.getSubcommands().get(group).getSubcommands().values()) {
                for (var option : sub.getCommandSpec().options()) {
                    assertThat(option.description()).as(sub.getCommandName() + " " + option.longestName()).isNotEmpty();
                    if (option.arity().max() > 0) {
                        assertThat(option.paramLabel()).as(sub.getCommandName() + " " + option.longestName()).doesNotStartWith("<");
                    }
                }
            }
        }
        assertThat(CliRun.of("st", "coverage", "--help").out()).contains("--against=REGULATION").contains("Regulation to map to");
    }
}
