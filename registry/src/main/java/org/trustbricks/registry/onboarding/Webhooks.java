package org.trustbricks.registry.onboarding;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Webhook subscriptions and their delivery queue. Deliveries are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances can send without sending one twice; failures are retried with exponential backoff.
 */
public final class Webhooks {

    /** Attempts before a delivery is given up. */
    public static final int MAX_ATTEMPTS = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;

    private Webhooks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Webhooks stored through the given Jdbi. */
    public static Webhooks using(Jdbi jdbi) {
        return new Webhooks(jdbi);
    }

    /** A subscriber. */
    public record Subscription(long id, String url, String secret) {
    }

    /** A delivery due for sending. */
    public record Delivery(long id, String url, String secret, String event, int attempts) {
    }

    /** Registers a receiver; returns it with its new HMAC secret. */
    public Subscription add(String url) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        long id = jdbi.withHandle(h -> h.createQuery("insert into webhook (url, secret) values (:u, :s) returning id")
                .bind("u", url).bind("s", secret).mapTo(Long.class).one());
        return new Subscription(id, url, secret);
    }

    /** All receivers. */
    public List<Subscription> list() {
        return jdbi.withHandle(h -> h.createQuery("select id, url, secret from webhook order by id")
                .map((rs, ctx) -> new Subscription(rs.getLong("id"), rs.getString("url"), rs.getString("secret"))).list());
    }

    /** Removes a receiver and its pending deliveries. */
    public void remove(long id) {
        jdbi.useHandle(h -> h.createUpdate("delete from webhook where id = :id").bind("id", id).execute());
    }

    /** Queues an event (JSON) for every receiver. */
    public void enqueue(String eventJson) {
        jdbi.useHandle(h -> h.createUpdate("""
                insert into webhook_delivery (webhook_id, event) select id, cast(:e as jsonb) from webhook""")
                .bind("e", eventJson).execute());
    }

    /** Claims up to {@code limit} due deliveries; they stay claimed for a minute unless marked. */
    public List<Delivery> claimDue(int limit, Instant now) {
        return jdbi.inTransaction(h -> h.createQuery("""
                with due as (
                    select d.id from webhook_delivery d
                    where d.delivered_at is null and d.attempts < :max and d.next_attempt_at <= :now
                    order by d.next_attempt_at limit :limit for update skip locked)
                update webhook_delivery d set next_attempt_at = :lease
                from due, webhook w where d.id = due.id and w.id = d.webhook_id
                returning d.id, w.url, w.secret, d.event::text as event, d.attempts""")
                .bind("max", MAX_ATTEMPTS).bind("now", Timestamp.from(now)).bind("limit", limit)
                .bind("lease", Timestamp.from(now.plusSeconds(60)))
                .map((rs, ctx) -> new Delivery(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
                        rs.getString("event"), rs.getInt("attempts"))).list());
    }

    /** Marks a delivery as received. */
    public void delivered(long id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update webhook_delivery set delivered_at = :at, attempts = attempts + 1 where id = :id")
                .bind("at", Timestamp.from(at)).bind("id", id).execute());
    }

    /** Records a failed attempt and schedules the next one (1 s, 2 s, 4 s … capped at 10 minutes). */
    public void failed(long id, int attemptsSoFar, String error, Instant now) {
        long delay = Math.min(Duration.ofMinutes(10).toSeconds(), 1L << Math.min(attemptsSoFar, 20));
        jdbi.useHandle(h -> h.createUpdate("""
                update webhook_delivery set attempts = attempts + 1, last_error = :err, next_attempt_at = :next where id = :id""")
                .bind("err", error.length() > 500 ? error.substring(0, 500) : error)
                .bind("next", Timestamp.from(now.plusSeconds(delay))).bind("id", id).execute());
    }

    /** Delivery state, for pages and tests. */
    public record DeliveryState(long id, int attempts, boolean delivered, String lastError) {
    }

    /** All deliveries of a receiver, newest first. */
    public List<DeliveryState> deliveries(long webhookId) {
        return jdbi.withHandle(h -> h.createQuery("""
                select id, attempts, delivered_at is not null as delivered, last_error from webhook_delivery
                where webhook_id = :w order by id desc""").bind("w", webhookId)
                .map((rs, ctx) -> new DeliveryState(rs.getLong("id"), rs.getInt("attempts"), rs.getBoolean("delivered"),
                        rs.getString("last_error"))).list());
    }
}
