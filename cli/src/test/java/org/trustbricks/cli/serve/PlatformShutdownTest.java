package org.trustbricks.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.registry.testing.TestDatabase;

/** The platform, started in this JVM on an external (test) PostgreSQL, leaves nothing of its own running once closed. */
class PlatformShutdownTest {

    @TempDir
    Path data;

    @Test
    void closing_the_platform_stops_its_certificate_expiry_job_and_background_threads() throws Exception {
        RunningPlatform platform = Platform.start(new ServeSettings("127.0.0.1", 0, data, TestDatabase.freshUrl(), null, null, false, null));
        try (HttpClient http = HttpClient.newHttpClient()) {
            var ready = http.send(HttpRequest.newBuilder(URI.create(platform.url() + "ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
        }
        assertThat(running("certificate-expiry")).isNotEmpty();
        platform.close();
        for (Thread t : running("certificate-expiry", "attestation-changes", "mud-publication-feed", "device-event-listener", "warm-up-")) {
            t.join(10_000);
        }
        assertThat(running("certificate-expiry", "attestation-changes", "mud-publication-feed", "device-event-listener", "warm-up-"))
                .as("threads left running after close").isEmpty();
    }

    private static List<Thread> running(String... namePrefixes) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> java.util.Arrays.stream(namePrefixes).anyMatch(p -> t.getName().startsWith(p))).toList();
    }
}
