package org.trustbricks.web.onboarding.bench;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.db.DatabaseSettings;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.web.Services;
import org.trustbricks.web.WebServer;
import org.trustbricks.web.WebSettings;

/**
 * Load-test fixture for bench/onboarding/onboard-http.sh: starts the real server (embedded PostgreSQL, demo data, as
 * {@code serve} does), publishes signed MUD files on the platform itself, endorses one attestation key per simulated
 * device on a certified demo platform, takes one fresh nonce per device from the verifier's nonce store (the store
 * behind the challenge endpoint), has every device sign its PSA token, writes one onboarding request body per line
 * (warm-up and measured devices in separate files), prints the PostgreSQL data directory and {@code READY <port>}, and serves until stdin closes.
 */
public final class OnboardingLoadFixture {

    private OnboardingLoadFixture() {
    }

    /** Arguments: directory for the request files, measured device count, warm-up device count, MUD file count. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int mudFiles = Integer.parseInt(args[3]);
        Path data = Files.createTempDirectory("tb-bench-data");
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Database db = Database.open(new DatabaseSettings(null, null, null, data, 20), metrics)) {
            KeyEncryptionKeys.bind(db.jdbi(), KeyEncryptionKey.random());
            Services services = new Services(db, metrics, Clock.systemUTC());
            try (WebServer server = WebServer.start(WebSettings.local(0), services)) {
                Jdbi jdbi = db.jdbi();
                DemoData.seedIfFresh(jdbi, CbKeys.using(jdbi, KeyEncryptionKeys.of(jdbi)), "bench pass phrase");
                String base = "https://127.0.0.1:" + server.port();
                List<String> mudUrls = BenchMudFiles.publish(jdbi, base, mudFiles);
                BenchDevices devices = BenchDevices.endorse(jdbi, BenchDevices.certifiedPlatform(jdbi), warmUp + count);
                List<String> bodies = devices.requests(jdbi, mudUrls, Duration.ofMinutes(15));
                Files.write(out.resolve("warmup.txt"), bodies.subList(0, warmUp));
                Files.write(out.resolve("measured.txt"), bodies.subList(warmUp, warmUp + count));
                System.out.println("PGDATA " + jdbi.withHandle(h -> h.createQuery("show data_directory").mapTo(String.class).one()));
                System.out.println("READY " + server.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    Thread.onSpinWait();
                }
            }
        }
    }
}
