package org.trustbricks.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.onboarding.ReattestationScheduler;
import org.trustbricks.registry.onboarding.Reattestations;
import org.trustbricks.registry.attestation.AttestationNonces;
import org.trustbricks.web.Json;
import org.trustbricks.web.testing.Logins;
import org.trustbricks.web.testing.TestServer;

/**
 * Re-attestation over real HTTP with a simulated TPS device: an administrator asks, the request reaches the event
 * stream, the webhook queue and the device's poll, the device answers over the request's nonce and is decided again;
 * wrong answers change nothing; the schedule (with a clock moved forward) degrades a device that does not answer.
 */
class ReattestationFlowTest {

    static String owner;
    static String csrf;
    static String vendor;

    @BeforeAll
    static void setUp() throws Exception {
        OnboardingFlowTest.setUp();
        owner = Logins.cookie(server(), "owner@" + DemoData.DOMAIN, "demo pass phrase");
        csrf = Logins.csrf(server(), owner);
        vendor = Logins.cookie(server(), "lockwise@" + DemoData.DOMAIN, "demo pass phrase");
    }

    @AfterAll
    static void tearDown() {
        OnboardingFlowTest.tearDown();
    }

    static TestServer server() {
        return OnboardingFlowTest.server;
    }

    static HttpResponse<String> post(String path, String cookie, String json) {
        var b = server().request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie).header("X-CSRF-Token", cookie.equals(owner) ? csrf : Logins.csrf(server(), cookie));
        }
        return TestServer.send(b.build());
    }

    static HttpResponse<String> answer(long request, byte[] token) throws Exception {
        return post("/api/onboarding/reattestations/" + request + "/evidence", null, Json.mapper().writeValueAsString(
                Map.of("token", Base64.getEncoder().encodeToString(token), "address", "192.168.1.77")));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static HttpResponse<String> poll(String instance) {
        return server().get("/api/onboarding/reattestation?instanceId=" + instance);
    }

    @Test
    void an_administrator_asks_a_device_which_learns_the_nonce_and_answers_with_fresh_evidence() throws Exception {
        JsonNode onboarded = OnboardingFlowTest.onboardWhenEndorsed("asked lock", "02:00:00:00:cc:01");
        assertThat(onboarded.path("decision").asText()).as(onboarded.toString()).isEqualTo("ADMITTED");
        long device = onboarded.path("device").path("id").asLong();
        String instance = onboarded.path("device").path("instanceId").asText();
        assertThat(poll(instance).statusCode()).as("nothing asked yet").isEqualTo(204);

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        long hooks = json(post("/api/onboarding/webhooks", owner, "{\"url\":\"https://gateway.invalid/hook\"}")).path("id").asLong();
        HttpClient sse = HttpClient.newHttpClient();
        try {
            sse.sendAsync(server().request("/api/onboarding/events").header("Cookie", owner).header("Accept", "text/event-stream")
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().forEach(events::add));
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("the stream is open").isNotNull();

            assertThat(post("/api/onboarding/devices/" + device + "/reattestation", null, "").statusCode()).isEqualTo(401);
            assertThat(post("/api/onboarding/devices/" + device + "/reattestation", vendor, "").statusCode()).isEqualTo(403);
            var asked = post("/api/onboarding/devices/" + device + "/reattestation", owner, "");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            JsonNode request = json(asked);
            String nonce = request.path("nonce").asText();
            assertThat(request.path("requestedBy").asText()).isEqualTo("owner@" + DemoData.DOMAIN);

            String line;
            boolean announced = false;
            while (!announced && (line = events.poll(10, TimeUnit.SECONDS)) != null) {
                announced = line.startsWith("data:") && line.contains("\"nonce\":\"" + nonce + "\"");
            }
            assertThat(announced).as("the event stream carries the request's nonce").isTrue();
        } finally {
            sse.shutdownNow();
        }
        long queued = server().services().database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from webhook_delivery where event->>'type' = 'device.reattestation_requested' and event->>'nonce' = :n")
                .bind("n", json(poll(instance)).path("nonce").asText()).mapTo(Long.class).one());
        assertThat(queued).as("a webhook delivery is queued for the subscriber").isEqualTo(1);
        TestServer.send(server().request("/api/onboarding/webhooks/" + hooks).header("Cookie", owner).header("X-CSRF-Token", csrf)
                .DELETE().build());

        JsonNode polled = json(poll(instance));
        long requestId = polled.path("requestId").asLong();
        byte[] nonce = Base64.getDecoder().decode(polled.path("nonce").asText());

        var wrongNonce = answer(requestId, OnboardingFlowTest.freshToken());
        assertThat(wrongNonce.statusCode()).as(wrongNonce.body()).isEqualTo(409);
        assertThat(wrongNonce.body()).contains("nonce");
        var garbage = answer(requestId, new byte[] {1, 2, 3});
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(poll(instance).statusCode()).as("wrong answers leave the request open").isEqualTo(200);

        var answered = answer(requestId, OnboardingFlowTest.device.attest(nonce));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonNode result = json(answered);
        assertThat(result.path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(result.path("request").path("state").asText()).isEqualTo("ANSWERED");
        assertThat(result.path("device").path("id").asLong()).isEqualTo(device);
        assertThat(poll(instance).statusCode()).isEqualTo(204);
        assertThat(answer(requestId, OnboardingFlowTest.device.attest(nonce)).statusCode()).as("answered once").isEqualTo(409);

        var detail = server().get("/api/onboarding/devices/" + device, "Cookie", owner);
        assertThat(json(detail).path("history").get(0).path("kind").asText()).isEqualTo("REATTESTED");
        var page = server().get("/onboarding/devices/" + device, "Cookie", owner, "Accept", "text/html");
        assertThat(page.body()).contains("Request re-attestation").contains("answered").contains("data-attestation=\"CURRENT\"");
    }

    @Test
    void evidence_from_another_device_does_not_answer_a_request() throws Exception {
        JsonNode first = OnboardingFlowTest.onboardWhenEndorsed("first lock", "02:00:00:00:cc:02");
        long device = first.path("device").path("id").asLong();
        JsonNode request = json(post("/api/onboarding/devices/" + device + "/reattestation", owner, ""));
        byte[] nonce = Base64.getDecoder().decode(request.path("nonce").asText());
        OnboardingFlowTest.onboardWhenEndorsed("second lock", "02:00:00:00:cc:03");
        var r = answer(request.path("id").asLong(), OnboardingFlowTest.device.attest(nonce));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("the request was made to " + first.path("device").path("instanceId").asText());
    }

    @Test
    void an_answer_giving_another_mac_is_refused_and_leaves_the_request_open_and_the_device_as_it_was() throws Exception {
        JsonNode onboarded = OnboardingFlowTest.onboardWhenEndorsed("moved lock", "02:00:00:00:cc:07");
        long device = onboarded.path("device").path("id").asLong();
        String instance = onboarded.path("device").path("instanceId").asText();
        JsonNode request = json(post("/api/onboarding/devices/" + device + "/reattestation", owner, ""));
        byte[] nonce = Base64.getDecoder().decode(request.path("nonce").asText());
        var r = post("/api/onboarding/reattestations/" + request.path("id").asLong() + "/evidence", null, Json.mapper().writeValueAsString(
                Map.of("token", Base64.getEncoder().encodeToString(OnboardingFlowTest.device.attest(nonce)), "address", "192.168.1.78",
                        "mac", "02:00:00:00:cc:ff")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("enrolled with MAC 02:00:00:00:cc:07");
        assertThat(poll(instance).statusCode()).as("the request stays open").isEqualTo(200);
        JsonNode detail = json(server().get("/api/onboarding/devices/" + device, "Cookie", owner));
        assertThat(detail.path("device").path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(detail.path("history").findValuesAsText("kind")).doesNotContain("REATTESTED");
    }

    @Test
    void the_schedule_degrades_a_device_that_does_not_answer_and_the_inventory_shows_it_overdue() throws Exception {
        JsonNode onboarded = OnboardingFlowTest.onboardWhenEndorsed("silent lock", "02:00:00:00:cc:04");
        long device = onboarded.path("device").path("id").asLong();
        String instance = onboarded.path("device").path("instanceId").asText();
        JsonNode policy = json(server().get("/api/onboarding/policy", "Cookie", owner));
        var edited = (com.fasterxml.jackson.databind.node.ObjectNode) policy;
        edited.put("reattestIntervalMinutes", 60).put("reattestGraceMinutes", 10).put("onAttestationOverdue", "REFUSED");
        var put = TestServer.send(server().request("/api/onboarding/policy").header("Cookie", owner).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(edited.toString())).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        var jdbi = server().services().database().jdbi();
        var nonces = AttestationNonces.using(jdbi, new byte[32], Clock.systemUTC(), Duration.ofMinutes(5));
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61));
        ReattestationScheduler.using(jdbi, Reattestations.using(jdbi, nonces, later), later).tick();
        assertThat(poll(instance).statusCode()).as("the schedule asked the device").isEqualTo(200);
        Clock afterGrace = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(72));
        ReattestationScheduler.using(jdbi, Reattestations.using(jdbi, nonces, afterGrace), afterGrace).tick();

        JsonNode overdue = json(server().get("/api/onboarding/devices?attestation=OVERDUE", "Cookie", owner));
        assertThat(overdue.path("devices").findValuesAsText("name")).contains("silent lock");
        assertThat(overdue.path("attestation").path(Long.toString(device)).path("state").asText()).isEqualTo("OVERDUE");
        JsonNode detail = json(server().get("/api/onboarding/devices/" + device, "Cookie", owner));
        assertThat(detail.path("device").path("decision").asText()).isEqualTo("REFUSED");
        assertThat(detail.path("device").path("reasons").toString()).contains("ATTESTATION_OVERDUE");
        assertThat(detail.path("history").get(0).path("kind").asText()).isEqualTo("ATTESTATION_OVERDUE");
        var page = server().get("/onboarding?attestation=OVERDUE", "Cookie", owner, "Accept", "text/html");
        assertThat(page.body()).contains("silent lock").contains("data-attestation=\"OVERDUE\"");
        assertThat(server().get("/api/onboarding/devices?attestation=SOMETIMES", "Cookie", owner).statusCode()).isEqualTo(400);

        // The administrator asks again from the device page; the device answers and is admitted again.
        var form = TestServer.send(server().request("/onboarding/devices/" + device + "/reattest").header("Cookie", owner)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build());
        assertThat(form.statusCode()).isEqualTo(303);
        JsonNode again = json(poll(instance));
        var answered = answer(again.path("requestId").asLong(),
                OnboardingFlowTest.device.attest(Base64.getDecoder().decode(again.path("nonce").asText())));
        assertThat(json(answered).path("decision").asText()).as(answered.body()).isEqualTo("ADMITTED");
        assertThat(json(answered).path("reasons").toString()).doesNotContain("ATTESTATION_OVERDUE");

        var reset = TestServer.send(server().request("/api/onboarding/policy").header("Cookie", owner).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(policy.toString()
                        .replace("\"onAttestationOverdue\":\"REFUSED\"", "\"onAttestationOverdue\":\"RESTRICTED\""))).build());
        assertThat(reset.statusCode()).isEqualTo(200);
    }

    @Test
    void the_same_answer_posted_twice_at_once_is_decided_once_and_the_device_stays_admitted() throws Exception {
        JsonNode onboarded = OnboardingFlowTest.onboardWhenEndorsed("twice lock", "02:00:00:00:cc:06");
        long device = onboarded.path("device").path("id").asLong();
        JsonNode request = json(post("/api/onboarding/devices/" + device + "/reattestation", owner, ""));
        byte[] token = OnboardingFlowTest.device.attest(Base64.getDecoder().decode(request.path("nonce").asText()));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> answer(request.path("id").asLong(), token));
            var second = pool.submit(() -> answer(request.path("id").asLong(), token));
            assertThat(java.util.List.of(first.get().statusCode(), second.get().statusCode())).containsExactlyInAnyOrder(200, 409);
        }
        JsonNode detail = json(server().get("/api/onboarding/devices/" + device, "Cookie", owner));
        assertThat(detail.path("device").path("decision").asText()).isEqualTo("ADMITTED");
        assertThat(detail.path("history").findValuesAsText("kind").stream().filter("REATTESTED"::equals).count()).isEqualTo(1);
    }

    @Test
    void a_poll_with_a_malformed_identity_is_a_400_and_an_unknown_request_a_404() throws Exception {
        assertThat(poll("not-hex").statusCode()).isEqualTo(400);
        assertThat(answer(987_654, new byte[] {1}).statusCode()).isEqualTo(404);
        assertThat(post("/api/onboarding/devices/987654/reattestation", owner, "").statusCode()).isEqualTo(404);
    }

    @Test
    void an_administrator_asks_the_filtered_set_of_devices() throws Exception {
        OnboardingFlowTest.onboardWhenEndorsed("batch lock one", "02:00:00:00:cc:05");
        var r = post("/api/onboarding/reattestations", owner, "{\"q\":\"batch lock\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("issued").asInt()).isEqualTo(1);
        assertThat(json(post("/api/onboarding/reattestations", owner, "{\"q\":\"batch lock\"}")).path("issued").asInt())
                .as("an open request is not issued twice").isZero();
        assertThat(post("/api/onboarding/reattestations", owner, "{\"attestation\":\"LATE\"}").statusCode()).isEqualTo(400);
    }
}
