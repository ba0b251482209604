package org.trustbricks.mudmanager.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.net.Prefix;

class MudFetcherTest {

    static final byte[] MUD = ("{\"ietf-mud:mud\":{\"mud-version\":1,\"mud-url\":\"https://x.example/a.json\","
            + "\"cache-validity\":2,\"is-supported\":true}}").getBytes(StandardCharsets.UTF_8);

    LocalServers servers;
    FetchOptions trusted;
    final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        servers = new LocalServers();
        trusted = FetchOptions.defaults().withSslContext(servers.clientTrust)
                .allowingPrivate(List.of(Prefix.parse("127.0.0.1/32")))
                .withLimits(64 * 1024, Duration.ofSeconds(30));
        servers.route("/mud.json", ex -> {
            hits.incrementAndGet();
            LocalServers.send(ex, 200, "application/mud+json; charset=utf-8", MUD);
        });
        servers.route("/mud.p7s", ex -> LocalServers.send(ex, 200, "application/pkcs7-signature", new byte[] {0x30, 0}));
        servers.route("/html.json", ex -> LocalServers.send(ex, 200, "text/html", MUD));
        servers.route("/huge.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/mud+json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 160; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                ex.close();
            }
        });
        servers.route("/declared-huge.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/mud+json");
            ex.sendResponseHeaders(200, 50_000_000);
            ex.close();
        });
        servers.route("/drip.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/mud+json");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('{');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException clientGaveUp) {
                ex.close();
            }
        });
        servers.route("/loop-a", ex -> redirect(ex, "/loop-b"));
        servers.route("/loop-b", ex -> redirect(ex, "/loop-a"));
        servers.route("/to-metadata", ex -> redirect(ex, "https://169.254.169.254/latest/meta-data"));
        servers.route("/to-mud", ex -> redirect(ex, "/mud.json"));
    }

    static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        LocalServers.send(ex, 302, null, new byte[0]);
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    static List<String> codes(FetchResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void fetches_a_mud_file_over_https_with_a_checked_certificate() {
        FetchResult r = MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/mud.json"));
        assertThat(r.source()).isEqualTo(FetchSource.NETWORK);
        assertThat(r.body()).isEqualTo(MUD);
        assertThat(Instant.parse(r.freshUntil())).isEqualTo(Instant.parse(r.fetchedAt()).plus(Duration.ofHours(2)));
    }

    @Test
    void follows_a_redirect_and_checks_the_new_target() {
        FetchResult r = MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/to-mud"));
        assertThat(r.ok()).isTrue();
        assertThat(r.finalUrl()).endsWith("/mud.json");
    }

    @Test
    void refuses_a_server_whose_certificate_is_not_trusted() {
        FetchResult r = MudFetcher.create(trusted.withSslContext(null)).fetchMud(servers.httpsUrl("/mud.json"));
        assertThat(codes(r)).containsExactly("FETCH-TLS");
    }

    @Test
    void refuses_loopback_targets_unless_configured_including_names_that_resolve_to_them() {
        FetchOptions strict = trusted.allowingPrivate(List.of());
        assertThat(codes(MudFetcher.create(strict).fetchMud(servers.httpsUrl("/mud.json"))))
                .containsExactly("FETCH-TARGET-NOT-ALLOWED");
        String viaName = "https://localhost:" + servers.https.getAddress().getPort() + "/mud.json";
        assertThat(codes(MudFetcher.create(strict).fetchMud(viaName))).containsExactly("FETCH-TARGET-NOT-ALLOWED");
        HostResolver rebinding = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.1")};
        assertThat(codes(MudFetcher.create(strict, rebinding, Clock.systemUTC())
                .fetchMud("https://mud.example.com/x.json"))).containsExactly("FETCH-TARGET-NOT-ALLOWED");
        assertThat(hits).hasValue(0);
    }

    @Test
    void re_checks_redirect_targets_against_the_ssrf_rules() {
        FetchResult r = MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/to-metadata"));
        assertThat(codes(r)).containsExactly("FETCH-TARGET-NOT-ALLOWED");
    }

    @Test
    void refuses_plain_http_unless_the_development_flag_allows_it_on_loopback() {
        assertThat(codes(MudFetcher.create(trusted).fetchMud(servers.httpUrl("/mud.json"))))
                .containsExactly("FETCH-NOT-HTTPS");
        FetchResult dev = MudFetcher.create(FetchOptions.defaults().withHttpOnLoopback(true))
                .fetchMud(servers.httpUrl("/mud.json"));
        assertThat(dev.ok()).isTrue();
        HostResolver publicAddress = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        assertThat(codes(MudFetcher.create(FetchOptions.defaults().withHttpOnLoopback(true), publicAddress,
                Clock.systemUTC()).fetchMud("http://mud.example.com/x.json"))).containsExactly("FETCH-NOT-HTTPS");
    }

    @Test
    void stops_reading_a_huge_body_at_the_size_limit() {
        assertThat(codes(MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/huge.json"))))
                .containsExactly("FETCH-TOO-LARGE");
        assertThat(codes(MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/declared-huge.json"))))
                .containsExactly("FETCH-TOO-LARGE");
    }

    @Test
    void gives_up_on_a_slow_drip_server_at_the_total_timeout() {
        FetchOptions impatient = trusted.withLimits(64 * 1024, Duration.ofSeconds(2));
        assertThat(codes(MudFetcher.create(impatient).fetchMud(servers.httpsUrl("/drip.json"))))
                .containsExactly("FETCH-TIMEOUT");
    }

    @Test
    void detects_a_redirect_loop() {
        assertThat(codes(MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/loop-a"))))
                .containsExactly("FETCH-REDIRECT-LOOP");
    }

    @Test
    void rejects_the_wrong_content_type() {
        assertThat(codes(MudFetcher.create(trusted).fetchMud(servers.httpsUrl("/html.json"))))
                .containsExactly("FETCH-WRONG-CONTENT-TYPE");
    }

    @Test
    void serves_from_cache_while_fresh_and_stale_with_a_warning_when_the_server_is_down() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
        MudFetcher f = MudFetcher.create(trusted, HostResolver.SYSTEM, clock);
        String url = servers.httpsUrl("/mud.json");
        FetchResult first = f.fetchMud(url);
        assertThat(first.source()).as(first.findings().toString()).isEqualTo(FetchSource.NETWORK);
        clock.now = clock.now.plus(Duration.ofMinutes(119));
        assertThat(f.fetchMud(url).source()).isEqualTo(FetchSource.CACHE);
        assertThat(hits).hasValue(1);
        servers.close();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        FetchResult stale = f.fetchMud(url);
        assertThat(stale.source()).isEqualTo(FetchSource.STALE_CACHE);
        assertThat(stale.body()).isEqualTo(MUD);
        assertThat(codes(stale)).contains("FETCH-STALE");
        assertThat(stale.findings()).noneMatch(Finding::isError);
    }

    @Test
    void fetches_the_signature_by_the_p7s_convention_or_the_relative_mud_signature() {
        MudFetcher f = MudFetcher.create(trusted);
        FetchResult byConvention = f.fetchSignature(servers.httpsUrl("/mud.json"), null);
        assertThat(byConvention.ok()).isTrue();
        assertThat(byConvention.finalUrl()).endsWith("/mud.p7s");
        assertThat(f.fetchSignature(servers.httpsUrl("/dir/mud.json"), "../mud.p7s").body()).containsExactly(0x30, 0);
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
