package org.trustbricks.cli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.cli.CliRun;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.db.DatabaseSettings;
import org.trustbricks.registry.testing.Scenario;
import org.trustbricks.registry.testing.TestDatabase;

/** The registry commands run through the real command line against a real database. */
class RegistryCommandsTest {

    static String url;
    static Scenario scenario;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void database() {
        url = TestDatabase.freshUrl();
        try (Database db = Database.open(new DatabaseSettings(url, null, null, tmp, 2), null)) {
            db.jdbi();
        }
        scenario = Scenario.fresh();
    }

    @AfterAll
    static void close() {
        scenario.close();
    }

    @Test
    void create_user_without_a_password_source_fails_without_asking_on_the_command_line() {
        CliRun r = CliRun.of("admin", "create-user", "--email", "a@example.test", "--name", "A", "--organisation", "Org",
                "--kind", "vendor", "--password-env", "TRUSTBRICKS_TEST_UNSET_VARIABLE", "--db-url", url);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("TRUSTBRICKS_TEST_UNSET_VARIABLE");
    }

    @Test
    void create_user_takes_the_password_from_the_environment_and_the_user_can_sign_in() throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "org.trustbricks.cli.TrustBricks", "admin", "create-user", "--email", "boot@example.test", "--name", "Boot",
                "--organisation", "Boot Scheme Office", "--kind", "scheme-owner", "--db-url", url)
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        String missing = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(missing).isEqualTo(1);
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "org.trustbricks.cli.TrustBricks", "admin", "create-user", "--email", "boot@example.test", "--name", "Boot",
                "--organisation", "Boot Scheme Office", "--kind", "scheme-owner", "--db-url", url).redirectErrorStream(true);
        pb.environment().put("TRUSTBRICKS_NEW_USER_PASSWORD", "a long enough bootstrap password");
        Process ok = pb.start();
        String out = new String(ok.getInputStream().readAllBytes());
        assertThat(ok.waitFor()).as(out).isZero();
        assertThat(out).contains("created boot@example.test in Boot Scheme Office (scheme owner)").doesNotContain("bootstrap password");
        try (Database db = Database.open(new DatabaseSettings(url, null, null, tmp, 2), null)) {
            assertThat(org.trustbricks.registry.auth.Accounts.using(db.jdbi()).authenticate("boot@example.test", "a long enough bootstrap password")).isPresent();
        }
        Process again = pb.start();
        String twice = new String(again.getInputStream().readAllBytes());
        assertThat(again.waitFor()).isEqualTo(1);
        assertThat(twice).contains("already exists").doesNotContain("\tat ");
    }

    @Test
    void a_wrong_kind_is_a_clear_error_and_a_password_option_does_not_exist() {
        assertThat(CliRun.of("admin", "create-user", "--email", "x@example.test", "--name", "X", "--organisation", "O",
                "--kind", "wizard", "--db-url", url).err()).contains("--kind must be");
        assertThat(CliRun.of("admin", "create-user", "--email", "x@example.test", "--name", "X", "--organisation", "O",
                "--kind", "vendor", "--password", "secret123456", "--db-url", url).exitCode()).isEqualTo(2);
    }

    @Test
    void cert_verify_accepts_an_issued_certificate_with_its_cb_certificate_and_rejects_a_changed_one() throws Exception {
        String id = scenario.issue("Widget", List.of());
        String jws = Certificates.using(scenario.db.jdbi()).signedDocument(id).orElseThrow();
        Path file = Files.writeString(tmp.resolve(id + ".jws"), jws);
        Path cb = Files.writeString(tmp.resolve("cb.pem"), scenario.keys.published().get(0).certificatePem());
        CliRun ok = CliRun.of("cert", "verify", file.toString(), "--cb-cert", cb.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("valid").contains(id).contains("CB One");
        CliRun unpinned = CliRun.of("cert", "verify", file.toString());
        assertThat(unpinned.exitCode()).isZero();
        assertThat(unpinned.out()).contains("--cb-cert");
        Path changed = Files.writeString(tmp.resolve("changed.jws"), jws.substring(0, jws.lastIndexOf('.') + 1) + "AAAA" + jws.substring(jws.lastIndexOf('.') + 5));
        CliRun bad = CliRun.of("cert", "verify", changed.toString(), "--cb-cert", cb.toString(), "--json");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("\"valid\" : false");
        Path notPem = Files.writeString(tmp.resolve("x.pem"), "hello");
        assertThat(CliRun.of("cert", "verify", file.toString(), "--cb-cert", notPem.toString()).err()).contains("not an X.509 certificate");
    }

    @Test
    void audit_verify_names_an_edited_entry() {
        String db = TestDatabase.freshUrl();
        try (Database d = Database.open(new DatabaseSettings(db, null, null, tmp, 2), null)) {
            var log = org.trustbricks.registry.audit.AuditLog.using(d.jdbi());
            log.append("a", "x.one", "o/1", "");
            log.append("a", "x.two", "o/2", "");
            log.append("a", "x.three", "o/3", "");
            assertThat(CliRun.of("audit", "verify", "--db-url", db).exitCode()).isZero();
            d.jdbi().useHandle(h -> h.execute("update audit_log set actor = 'mallory' where seq = 2"));
        }
        CliRun r = CliRun.of("audit", "verify", "--db-url", db);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("entry 2 edited");
    }

    @Test
    void registry_import_reads_the_common_criteria_csv_and_is_idempotent() {
        Path csv = SharedCorpus.require("corpus/registry/cc/cc_products_active.csv");
        CliRun first = CliRun.of("registry", "import", "--format", "cc", csv.toString(), "--db-url", url);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 created");
        CliRun second = CliRun.of("registry", "import", "--format", "cc", csv.toString(), "--db-url", url);
        assertThat(second.out()).contains("0 created").contains("3 unchanged");
        assertThat(CliRun.of("registry", "import", "--format", "pdf", csv.toString(), "--db-url", url).err()).contains("--format must be");
    }
}
