package org.trustbricks.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;
import org.trustbricks.cli.serve.Platform;
import org.trustbricks.cli.serve.RunningPlatform;
import org.trustbricks.cli.serve.ServeSettings;
import org.trustbricks.cli.tps.DemoDevice;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.registry.onboarding.DeviceQuery;
import org.trustbricks.registry.onboarding.DeviceRecord;
import org.trustbricks.registry.onboarding.Devices;

/**
 * {@code trustbricks demo onboarding} against the real platform started as {@code serve} starts it (embedded PostgreSQL
 * in a temporary data directory, demo scheme seeded, port 0): the printed story and the inventory it leaves behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingDemoCommandTest {

    @TempDir
    static Path data;

    static RunningPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.start(new ServeSettings("127.0.0.1", 0, data, null, null, null, true, null));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void seeding_writes_the_demo_sign_ins_readable_only_by_the_owner_and_serve_writes_its_url() throws Exception {
        Path file = data.resolve(DemoCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DemoCredentials c = DemoCredentials.readFrom(data).orElseThrow();
        assertThat(c.password()).isNotBlank();
        assertThat(c.email("cb")).isEqualTo("cb@demo.trustbricks.test");
        assertThat(platform.startupNotes()).anySatisfy(n -> assertThat(n).contains(c.password()))
                .anySatisfy(n -> assertThat(n).contains(file.toString()));
        assertThat(Files.readString(data.resolve(Platform.URL_FILE)).strip()).isEqualTo(platform.url());
    }

    @Test
    @Order(2)
    void the_story_onboards_four_devices_and_restricts_the_three_built_on_the_vulnerable_microcontroller() {
        CliRun r = CliRun.of("demo", "onboarding", "--data-dir", data.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("open in the demo scheme) as ACCEPTED")
                .contains("Front door lock").contains("Hall thermostat").contains("Lock bridge").contains("Leak sensor")
                .contains("MUD_SIGNATURE_VALID").contains("ATTESTATION_VERIFIED").contains("CERTIFICATE_ACTIVE")
                .contains("records vulnerability").contains("AS33 Secure Microcontroller")
                .contains("ADMITTED -> RESTRICTED").contains("CERTIFICATE_UNDER_VULNERABILITY_REVIEW")
                .contains("nftables rules now enforced:").contains("table inet")
                .contains("not built on the vulnerable part, still ADMITTED")
                .contains("The story completed: 3 device(s) restricted, 1 unaffected");
        if (Files.isReadable(DemoDevice.LIBRARY) && onPath("softhsm2-util")) {
            assertThat(r.out()).as("SoftHSM2 is installed, so the keys live in PKCS#11 tokens").doesNotContain("NO HARDWARE PROTECTION");
        }
        List<DeviceRecord> devices = Devices.using(platform.database().jdbi()).search(new DeviceQuery(null, null, null, 100, 0));
        assertThat(devices).hasSize(4);
        assertThat(devices.stream().filter(d -> d.decision() == Decision.RESTRICTED)).hasSize(3)
                .allSatisfy(d -> assertThat(d.name()).doesNotStartWith("Leak sensor"))
                .allSatisfy(d -> assertThat(Devices.using(platform.database().jdbi()).history(d.id()).getFirst().trigger())
                        .contains("under vulnerability review"));
        assertThat(devices.stream().filter(d -> d.decision() == Decision.ADMITTED).map(DeviceRecord::name).toList())
                .singleElement().asString().startsWith("Leak sensor");
    }

    @Test
    @Order(3)
    void a_second_run_closes_its_earlier_vulnerability_and_tells_the_same_story_again() {
        CliRun r = CliRun.of("demo", "onboarding", "--url", platform.url(), "--data-dir", data.toString(), "--software");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("left by an earlier demo run) as ACCEPTED").contains("NO HARDWARE PROTECTION")
                .contains("The story completed: 3 device(s) restricted, 1 unaffected");
        List<DeviceRecord> devices = Devices.using(platform.database().jdbi()).search(new DeviceQuery(null, null, null, 100, 0));
        assertThat(devices).hasSize(8);
    }

    @Test
    void without_demo_sign_ins_the_command_says_where_they_come_from_and_exits_1(@TempDir Path empty) {
        CliRun r = CliRun.of("demo", "onboarding", "--url", platform.url(), "--data-dir", empty.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(DemoCredentials.FILE + " is missing").contains("--password-env").doesNotContain("\tat ");
    }

    @Test
    void no_server_at_the_url_is_one_clear_line_and_exit_1() {
        CliRun r = CliRun.of("demo", "onboarding", "--url", "http://127.0.0.1:1", "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no TrustBricks server answers at http://localhost:1").doesNotContain("\tat ");
    }

    private static boolean onPath(String tool) {
        return java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
