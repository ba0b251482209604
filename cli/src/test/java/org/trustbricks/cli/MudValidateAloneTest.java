package org.trustbricks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;

class MudValidateAloneTest {

    @TempDir
    Path tmp;

    @Test
    void only_trailing_plain_arguments_count_as_file_names() {
        assertThat(TrustBricks.trailingFiles(new String[] {"--json", "a.json", "b.json"})).isEqualTo(2);
        assertThat(TrustBricks.trailingFiles(new String[] {"--url", "https://x/y.json", "a.json"})).isEqualTo(1);
        assertThat(TrustBricks.trailingFiles(new String[] {"--threads", "2"})).isZero();
        assertThat(TrustBricks.trailingFiles(new String[] {"a.json", "--lenient"})).isZero();
        assertThat(TrustBricks.trailingFiles(new String[] {"--", "a.json", "b.json", "c.json"})).isEqualTo(3);
    }

    @Test
    void a_plain_mud_validate_prints_what_the_whole_command_line_prints() throws Exception {
        byte[] good = Mud.create().build(MudSpec.builder("https://cli.example.com/a.json", "Cli Devices", "A1")
                .rule(MudRule.cloudTcp("api.cli.example.com", 443)).build());
        List<String> args = new ArrayList<>(List.of("mud", "validate", "--url", "https://cli.example.com/a.json"));
        for (int i = 0; i < 5; i++) {
            byte[] bytes = i == 3 ? new String(good, StandardCharsets.UTF_8).replace("https://", "http://").getBytes(StandardCharsets.UTF_8) : good;
            args.add(Files.write(tmp.resolve("f" + i + ".json"), bytes).toString());
        }
        args.add(tmp.resolve("absent.json").toString());
        CliRun whole = CliRun.of(args.toArray(String[]::new));
        CliRun alone = runAlone(args);
        assertThat(alone.exitCode()).isEqualTo(whole.exitCode()).isEqualTo(1);
        assertThat(alone.out()).isEqualTo(whole.out()).contains("f3.json: INVALID (strict)")
                .contains("absent.json: INVALID");
    }

    @Test
    void a_mud_validate_of_file_names_only_prints_what_the_whole_command_line_prints() throws Exception {
        byte[] good = Mud.create().build(MudSpec.builder("https://cli.example.com/b.json", "Cli Devices", "B1")
                .rule(MudRule.cloudTcp("api.cli.example.com", 443)).build());
        List<String> args = new ArrayList<>(List.of("mud", "validate"));
        for (int i = 0; i < 3; i++) {
            byte[] bytes = i == 1 ? "{\"ietf-mud:mud\": {".getBytes(StandardCharsets.UTF_8) : good;
            args.add(Files.write(tmp.resolve("g" + i + ".json"), bytes).toString());
        }
        args.add(tmp.resolve("missing.json").toString());
        CliRun whole = CliRun.of(args.toArray(String[]::new));
        CliRun alone = runAlone(args);
        assertThat(alone.exitCode()).isEqualTo(whole.exitCode()).isEqualTo(1);
        assertThat(alone.out()).isEqualTo(whole.out()).contains("g0.json: valid (strict)")
                .contains("g1.json: INVALID").contains("missing.json: no such file");
    }

    /** {@link TrustBricks#run} as the launcher calls it, with what it prints on standard output. */
    private static CliRun runAlone(List<String> args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = TrustBricks.run(args.toArray(String[]::new));
            return new CliRun(code, captured.toString(StandardCharsets.UTF_8), "");
        } finally {
            System.setOut(saved);
        }
    }
}
