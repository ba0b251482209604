package org.trustbricks.web.onboarding;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.onboarding.Webhooks;

/**
 * Sends queued webhook deliveries: JSON bodies signed with HMAC-SHA256 over {@code timestamp + "." + body} in the
 * {@code X-TrustBricks-Signature: sha256=…} header; any answer other than 2xx is retried with backoff.
 */
final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Webhooks webhooks;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Thread thread;
    private volatile boolean running = true;

    WebhookDispatcher(Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
        this.thread = Thread.ofVirtual().name("webhook-dispatcher").unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                var due = webhooks.claimDue(20, clock.instant());
                due.forEach(this::send);
                if (due.isEmpty()) {
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("webhook dispatch failed: {}", e.getMessage());
                sleep();
            }
        }
    }

    private void send(Webhooks.Delivery d) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-TrustBricks-Delivery", Long.toString(d.id()))
                    .header("X-TrustBricks-Timestamp", timestamp)
                    .header("X-TrustBricks-Signature", "sha256=" + sign(d.secret(), timestamp + "." + d.event()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.event())).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                webhooks.delivered(d.id(), clock.instant());
            } else {
                webhooks.failed(d.id(), d.attempts(), "receiver answered " + status, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            webhooks.failed(d.id(), d.attempts(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    /** HMAC-SHA256 of the text under the secret, hex-encoded. */
    static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
