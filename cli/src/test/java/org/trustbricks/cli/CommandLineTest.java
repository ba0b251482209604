package org.trustbricks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void an_unknown_option_prints_usage_and_exits_2() {
        CliRun r = CliRun.of("--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("Usage: trustbricks");
    }

    @Test
    void serve_refuses_a_private_mud_fetch_target_that_is_not_an_ip_prefix_as_a_usage_error() {
        CliRun r = CliRun.of("serve", "--port", "0", "--data-dir", tmp.resolve("never-started").toString(),
                "--mud-allow-private", "10.0.0.0/8,intranet");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--mud-allow-private: not an IP prefix: intranet");
        assertThat(tmp.resolve("never-started")).doesNotExist();
    }

    @Test
    void the_root_help_lists_every_command() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        for (String command : new String[] {"serve", "st", "sesip", "mud", "attest", "tps", "admin", "registry", "cert",
            "audit", "demo", "help"}) {
            assertThat(r.out()).containsPattern("(?m)^  " + command + " ");
        }
    }

    @Test
    void an_unknown_command_is_refused_with_the_nearest_command_suggested() {
        CliRun r = CliRun.of("atest");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument at index 0: 'atest'").contains("Did you mean: trustbricks attest");
    }

    @Test
    void help_names_a_command_with_its_own_usage() {
        CliRun r = CliRun.of("help", "mud");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: trustbricks mud");
    }

    @Test
    void a_command_line_for_a_named_command_keeps_the_inherited_verbose_option() {
        var cl = TrustBricks.commandLine("sesip", "--verbose");
        var parsed = cl.parseArgs("sesip", "--verbose");
        assertThat(cl.getSubcommands()).containsOnlyKeys("sesip");
        assertThat(((TrustBricks) cl.getCommand()).isVerbose()).isTrue();
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("sesip");
    }

    @Test
    void version_prints_the_build_version_and_exits_0() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("trustbricks 0.").contains("Java ");
    }

    @Test
    void help_lists_every_serve_option_with_its_environment_variable() {
        CliRun r = CliRun.of("serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--host", "TRUSTBRICKS_HOST", "--port", "TRUSTBRICKS_PORT", "--data-dir",
                "TRUSTBRICKS_DATA_DIR", "--db-url", "TRUSTBRICKS_DB_URL", "--no-demo-data", "--log-format");
    }

    @Test
    void serve_on_a_port_in_use_says_which_port_in_one_line_and_exits_1() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun r = CliRun.of("serve", "--port", Integer.toString(busy.getLocalPort()),
                    "--data-dir", tmp.resolve("data").toString(), "--db-url", org.trustbricks.registry.testing.TestDatabase.freshUrl());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("port " + busy.getLocalPort()).contains("already in use")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void an_unreachable_database_is_named_with_its_password_redacted_and_no_stack_trace() {
        CliRun r = CliRun.of("serve", "--port", "0", "--data-dir", tmp.resolve("d").toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/registry?user=app&password=hunter2");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("127.0.0.1:1/registry").doesNotContain("hunter2").doesNotContain("\tat ");
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_refused_clearly() {
        CliRun r = CliRun.of("serve", "--port", "0", "--data-dir", tmp.resolve("d").toString(),
                "--db-url", "jdbc:mysql://localhost/x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("must start with jdbc:postgresql://");
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_reported_with_the_option_to_change_it() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun r = CliRun.of("serve", "--port", "0", "--data-dir", file.resolve("sub").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot create the data directory").contains("--data-dir");
    }
}
