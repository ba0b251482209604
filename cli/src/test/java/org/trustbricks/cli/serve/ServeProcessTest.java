package org.trustbricks.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real {@code trustbricks serve} in its own JVM on port 0, with the embedded PostgreSQL. */
class ServeProcessTest {

    private static final Pattern URL = Pattern.compile("TrustBricks is ready at (http://\\S+)");

    @TempDir
    Path tmp;

    @Test
    void serve_starts_on_a_free_port_answers_ready_and_stops_cleanly_on_sigterm_keeping_its_data() throws Exception {
        Path data = tmp.resolve("data");
        try (Serve first = Serve.start(data)) {
            assertThat(get(first.url + "ready").statusCode()).isEqualTo(200);
            first.stop();
            assertThat(first.exitCode()).isIn(0, 143);
            assertThat(first.log()).as("exit " + first.exitCode()).contains("stopped");
        }
        assertThat(Files.exists(data.resolve("postgres/PG_VERSION"))).isTrue();
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("PostgreSQL stopped").isFalse();
        try (Serve second = Serve.start(data)) {
            assertThat(get(second.url + "ready").body()).contains("\"status\":\"ready\"");
        }
    }

    @Test
    void a_database_left_running_by_a_killed_server_is_stopped_and_reused_on_the_next_start() throws Exception {
        Path data = tmp.resolve("killed");
        try (Serve first = Serve.start(data)) {
            first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (Serve second = Serve.start(data)) {
            assertThat(second.log()).contains("left running");
            assertThat(get(second.url + "ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_second_server_on_a_data_directory_in_use_is_refused_with_a_clear_message() throws Exception {
        Path data = tmp.resolve("shared");
        try (Serve first = Serve.start(data)) {
            var r = org.trustbricks.cli.CliRun.of("serve", "--port", "0", "--data-dir", data.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("in use by another running TrustBricks").doesNotContain("\tat ");
            assertThat(get(first.url + "ready").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A running serve process whose output goes to a log file (pipes lose the last lines at exit). */
    static final class Serve implements AutoCloseable {
        final Process process;
        final String url;
        final Path logFile;

        private Serve(Process process, String url, Path logFile) {
            this.process = process;
            this.url = url;
            this.logFile = logFile;
        }

        static Serve start(Path data) throws IOException, InterruptedException {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Path log = Files.createTempFile(data.getParent(), "serve", ".log");
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    "org.trustbricks.cli.TrustBricks", "serve", "--port", "0", "--data-dir", data.toString(), "--no-demo-data");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            Process p = pb.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive()) {
                Matcher m = URL.matcher(Files.readString(log));
                if (m.find()) {
                    return new Serve(p, m.group(1), log);
                }
                Thread.sleep(50);
            }
            p.destroyForcibly();
            throw new AssertionError("serve did not print its URL:\n" + Files.readString(log));
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("serve stops within 30 s of SIGTERM").isTrue();
        }

        int exitCode() {
            return process.exitValue();
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                stop();
            }
        }
    }
}
