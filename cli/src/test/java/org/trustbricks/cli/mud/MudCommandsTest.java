package org.trustbricks.cli.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;
import org.trustbricks.cli.TrustBricks;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.sign.ManufacturerCredentials;

class MudCommandsTest {

    private static final Mud MUD = Mud.create();

    @TempDir
    Path tmp;

    private Path valid;

    @BeforeEach
    void files() throws Exception {
        valid = Files.write(tmp.resolve("t100.json"), MUD.build(MudSpec.builder("https://cli.example.com/t100.json", "Cli Devices", "T100")
                .rule(MudRule.cloudTcp("api.cli.example.com", 443)).build()));
    }

    @Test
    void validate_accepts_a_valid_file_with_exit_0() {
        CliRun run = CliRun.of("mud", "validate", valid.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("t100.json: valid (strict)");
    }

    @Test
    void validate_reports_an_http_mud_url_with_its_path_and_exit_1() throws Exception {
        Path http = Files.writeString(tmp.resolve("http.json"), Files.readString(valid).replace("https://cli.example.com/t100.json", "http://cli.example.com/t100.json"));
        CliRun run = CliRun.of("mud", "validate", valid.toString(), http.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("http.json: INVALID (strict)").contains("MUD-URL-NOT-HTTPS at /ietf-mud:mud/mud-url");
        CliRun lenient = CliRun.of("mud", "validate", "--lenient", http.toString());
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void validate_reports_a_missing_file_a_directory_and_an_empty_file_each_in_plain_words_and_goes_on() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.json"), new byte[0]);
        Path dir = Files.createDirectory(tmp.resolve("a-directory.json"));
        CliRun run = CliRun.of("mud", "validate", tmp.resolve("absent.json").toString(), dir.toString(), empty.toString(), valid.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("absent.json: no such file")
                .contains("a-directory.json: is a directory, not a file")
                .contains("empty.json: INVALID")
                .contains("t100.json: valid (strict)")
                .doesNotContain("Exception");
    }

    @Test
    void validate_json_output_is_a_list_of_file_reports() throws Exception {
        CliRun run = CliRun.of("mud", "validate", "--json", valid.toString(), tmp.resolve("absent.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get(0).path("report").path("valid").asBoolean()).isTrue();
        assertThat(json.get(1).path("report").path("findings").get(0).path("code").asText()).isEqualTo("MUD-UNREADABLE");
    }

    @Test
    void validate_run_alone_prints_what_the_whole_command_line_prints() throws Exception {
        Path http = Files.writeString(tmp.resolve("http.json"), Files.readString(valid).replace("https://", "http://"));
        String[] files = {valid.toString(), http.toString(), tmp.resolve("absent.json").toString()};
        CliRun whole = CliRun.of(concat(new String[] {"mud", "validate"}, files));
        StringWriter out = new StringWriter();
        var alone = TrustBricks.mudValidateCommandLine();
        alone.setOut(new PrintWriter(out, true));
        assertThat(alone.execute(files)).isEqualTo(whole.exitCode()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(whole.out()).contains("http.json: INVALID (strict)");
        assertThat(TrustBricks.run("mud", "validate", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void validate_reports_many_files_in_their_order_whatever_the_number_of_threads() throws Exception {
        String good = Files.readString(valid);
        String[] args = new String[2 + 300];
        args[0] = "mud";
        args[1] = "validate";
        for (int i = 0; i < 300; i++) {
            args[2 + i] = Files.writeString(tmp.resolve(String.format("f%03d.json", i)),
                    i % 7 == 3 ? good.replace("https://", "http://") : good).toString();
        }
        CliRun one = CliRun.of(concat(args, new String[] {"--threads", "1"}));
        CliRun four = CliRun.of(concat(args, new String[] {"--threads", "4"}));
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
        List<String> verdicts = four.out().lines().filter(l -> l.contains(": valid (") || l.contains(": INVALID (")).toList();
        assertThat(verdicts).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(verdicts.get(i)).startsWith(args[2 + i] + ": " + (i % 7 == 3 ? "INVALID" : "valid"));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void repair_turns_a_legacy_file_into_a_valid_one() throws Exception {
        String legacy = Files.readString(valid).replace("\"ietf-access-control-list:acls\"", "\"ietf-access-control-list:access-lists\"");
        Path in = Files.writeString(tmp.resolve("legacy.json"), legacy);
        Path out = tmp.resolve("fixed.json");
        CliRun run = CliRun.of("mud", "repair", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("changed /ietf-access-control-list:access-lists");
        assertThat(CliRun.of("mud", "validate", out.toString()).exitCode()).isZero();
    }

    @Test
    void sign_then_verify_exits_0_and_a_changed_file_exits_1() throws Exception {
        ManufacturerCredentials creds = MUD.newManufacturerCredentials("Cli Devices", Duration.ofDays(30));
        Path key = Files.writeString(tmp.resolve("signer.key"), creds.signerKeyPem());
        Path cert = Files.writeString(tmp.resolve("signer.pem"), creds.signerCertificatePem());
        Path ca = Files.writeString(tmp.resolve("ca.pem"), creds.caCertificatePem());
        Path sig = tmp.resolve("t100.p7s");
        CliRun sign = CliRun.of("mud", "sign", valid.toString(), "--key", key.toString(), "--cert", cert.toString(),
                "--chain", ca.toString(), "--out", sig.toString());
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        CliRun verify = CliRun.of("mud", "verify", valid.toString(), "--signature", sig.toString(), "--trust-anchor", ca.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("VALID");
        CliRun atSigning = CliRun.of("mud", "verify", valid.toString(), "--signature", sig.toString(), "--trust-anchor", ca.toString(),
                "--at", "signing-time", "--json");
        assertThat(atSigning.exitCode()).isZero();
        Path changed = Files.write(tmp.resolve("changed.json"), (Files.readString(valid) + " ").getBytes(StandardCharsets.UTF_8));
        CliRun bad = CliRun.of("mud", "verify", changed.toString(), "--signature", sig.toString(), "--trust-anchor", ca.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("SIGNATURE_INVALID");
    }

    @Test
    void verify_without_a_signature_is_a_usage_error() {
        assertThat(CliRun.of("mud", "verify", valid.toString(), "--trust-anchor", "ca.pem").exitCode()).isEqualTo(2);
    }

    @Test
    void verify_reports_garbage_as_malformed_with_exit_1() throws Exception {
        ManufacturerCredentials creds = MUD.newManufacturerCredentials("Cli Devices", Duration.ofDays(1));
        Path ca = Files.writeString(tmp.resolve("ca.pem"), creds.caCertificatePem());
        Path junk = Files.writeString(tmp.resolve("junk.p7s"), "junk");
        CliRun run = CliRun.of("mud", "verify", valid.toString(), "--signature", junk.toString(), "--trust-anchor", ca.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MALFORMED");
    }

    @Test
    void render_prints_an_svg_picture() {
        CliRun run = CliRun.of("mud", "render", valid.toString(), "--format", "svg");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<svg").contains("api.cli.example.com").contains("TCP 443");
    }
}
