package org.trustbricks.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.Reason;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.Webhooks;
import org.trustbricks.registry.testing.TestDatabase;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

class OnboardingRoutesTest {

    static Database db;
    static TestServer a;
    static TestServer b;
    static String admin;
    static String vendor;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        a = TestServer.startOn(db);
        b = TestServer.startOn(db);
        var accounts = a.services().accounts();
        accounts.createUser("admin@scheme.example", "Ada", "admin pass phrase",
                accounts.ensureOrganisation("Scheme", OrganisationKind.SCHEME_OWNER));
        accounts.createUser("v@vendor.example", "Vic", "vendor pass phrase",
                accounts.ensureOrganisation("Vendor", OrganisationKind.VENDOR));
        admin = Logins.cookie(a, "admin@scheme.example", "admin pass phrase");
        vendor = Logins.cookie(a, "v@vendor.example", "vendor pass phrase");
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        db.close();
    }

    static void record(String instance, Decision d, String trigger) {
        Devices.using(db.jdbi()).record(new Devices.Enrolment("device " + instance, null, instance, "impl", "SESIP-2600001-01",
                        "https://mud.example/d.json", "v1", new org.trustbricks.onboarding.OnboardingFacts(
                                org.trustbricks.onboarding.AttestationFacts.rejected("test"),
                                org.trustbricks.onboarding.CertificateFacts.unknown(),
                                new org.trustbricks.onboarding.MudFacts("", org.trustbricks.onboarding.MudFacts.Retrieval.NO_URL,
                                        org.trustbricks.onboarding.MudFacts.Signature.UNSIGNED, false, true, ""), ""),
                        new org.trustbricks.onboarding.Rulesets("", "", ""), Instant.now()),
                new OnboardingDecision(d, d.networkPolicy(), List.of(new Reason("TEST", d, "because " + trigger))),
                "REEVALUATED", trigger);
    }

    @Test
    void the_inventory_is_for_administrators_only() {
        assertThat(a.get("/api/onboarding/devices").statusCode()).isEqualTo(401);
        assertThat(a.get("/api/onboarding/devices", "Cookie", vendor).statusCode()).isEqualTo(403);
        record("aa01", Decision.ADMITTED, "first");
        var r = a.get("/api/onboarding/devices?q=aa01", "Cookie", admin);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"instanceId\":\"aa01\"").contains("\"decision\":\"ADMITTED\"");
        assertThat(a.get("/onboarding", "Cookie", vendor, "Accept", "text/html").statusCode()).isEqualTo(403);
        assertThat(a.get("/onboarding", "Cookie", admin, "Accept", "text/html").body()).contains("device aa01");
    }

    @Test
    void a_bad_decision_filter_or_policy_is_a_400_with_the_reason() {
        assertThat(a.get("/api/onboarding/devices?decision=MAYBE", "Cookie", admin).statusCode()).isEqualTo(400);
        String csrf = Logins.csrf(a, admin);
        var bad = TestServer.send(a.request("/api/onboarding/policy").header("Cookie", admin).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"minimumLevel\": 9}")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not a valid site policy").doesNotContain("\tat ");
    }

    @Test
    void the_site_policy_saved_through_one_instance_is_served_by_the_other() {
        String csrf = Logins.csrf(a, admin);
        String policy = """
                {"minimumLevel":3,"acceptedProfiles":["psa-l3"],"belowRequirements":"REFUSED",
                 "onVulnerabilityReview":"RESTRICTED","onTerminated":"REFUSED","onExpired":"RESTRICTED",
                 "onNoCertificate":"REFUSED","acceptUnsignedMud":false,"onMudUnavailable":"RESTRICTED",
                 "onUnsupportedDevice":"RESTRICTED","quarantineHosts":["updates.example"]}""";
        var put = TestServer.send(a.request("/api/onboarding/policy").header("Cookie", admin).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(policy)).build());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(b.get("/api/onboarding/policy", "Cookie", admin).body()).contains("\"minimumLevel\":3").contains("updates.example");
    }

    @Test
    void webhook_deliveries_reach_the_receiver_signed_with_the_shared_secret() throws Exception {
        BlockingQueue<String[]> received = new ArrayBlockingQueue<>(4);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {body, ex.getRequestHeaders().getFirst("X-TrustBricks-Timestamp"),
                    ex.getRequestHeaders().getFirst("X-TrustBricks-Signature")});
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            String csrf = Logins.csrf(a, admin);
            var created = TestServer.send(a.request("/api/onboarding/webhooks").header("Cookie", admin)
                    .header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}"))
                    .build());
            assertThat(created.statusCode()).isEqualTo(201);
            String secret = created.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
            Webhooks.using(db.jdbi()).enqueue("{\"type\":\"device.decision\",\"device\":\"aa02\"}");
            String[] got = received.poll(20, TimeUnit.SECONDS);
            assertThat(got).as("delivery received").isNotNull();
            assertThat(got[0]).contains("aa02");
            assertThat(got[2]).isEqualTo("sha256=" + WebhookDispatcher.sign(secret, got[1] + "." + got[0]));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_decision_recorded_anywhere_is_streamed_to_browsers_listening_on_another_instance() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        var request = b.request("/api/onboarding/events").header("Cookie", admin).header("Accept", "text/event-stream").GET().build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the stream is closed at the end of the test
            }
        });
        lines.poll(10, TimeUnit.SECONDS);
        record("aa03", Decision.RESTRICTED, "vulnerability recorded against SESIP-2600001-01");
        String data = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (data == null && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("data:") && line.contains("aa03")) {
                data = line;
            }
        }
        reader.interrupt();
        response.body().close();
        assertThat(data).as("event received on instance b").isNotNull()
                .contains("\"decision\":\"RESTRICTED\"").contains("vulnerability recorded");
    }
}
