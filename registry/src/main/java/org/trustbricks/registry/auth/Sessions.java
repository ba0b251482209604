package org.trustbricks.registry.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Server-side sessions in PostgreSQL, so that every instance behind a load balancer sees the same ones.
 * Only a SHA-256 of the cookie value is stored.
 */
public final class Sessions {

    /** Idle time after which a session ends. */
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Accounts accounts;
    private final Clock clock;

    private Sessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = Accounts.using(jdbi);
        this.clock = clock;
    }

    /** Sessions stored through the given Jdbi. */
    public static Sessions using(Jdbi jdbi, Clock clock) {
        return new Sessions(jdbi, clock);
    }

    /** A new session for the user (or anonymous when null); returns the cookie value, shown only this once. */
    public String create(User user) {
        String token = randomToken();
        Instant expires = clock.instant().plus(IDLE_TIMEOUT);
        jdbi.useHandle(h -> h.createUpdate("""
                insert into web_session (id_hash, user_id, csrf_token, expires_at)
                values (:id, :user, :csrf, :expires)""")
                .bind("id", hash(token))
                .bind("user", user == null ? null : user.id())
                .bind("csrf", randomToken())
                .bind("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                .execute());
        return token;
    }

    /** The live session for a cookie value; extends its expiry. Empty when unknown or expired. */
    public Optional<WebSession> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Row(Long userId, String csrf) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("""
                update web_session set last_seen = :now, expires_at = :expires
                where id_hash = :id and expires_at > :now
                returning user_id, csrf_token""")
                .bind("id", hash(token))
                .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("expires", OffsetDateTime.ofInstant(now.plus(IDLE_TIMEOUT), ZoneOffset.UTC))
                .map((rs, ctx) -> new Row((Long) rs.getObject("user_id"), rs.getString("csrf_token")))
                .findOne());
        return row.map(r -> new WebSession(r.userId() == null ? null : accounts.find(r.userId()).orElse(null),
                r.csrf(), now.plus(IDLE_TIMEOUT)));
    }

    /** Ends a session. */
    public void delete(String token) {
        if (token != null) {
            jdbi.useHandle(h -> h.createUpdate("delete from web_session where id_hash = :id").bind("id", hash(token)).execute());
        }
    }

    /** Removes expired sessions; returns how many. */
    public int purgeExpired() {
        return jdbi.withHandle(h -> h.createUpdate("delete from web_session where expires_at <= :now")
                .bind("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute());
    }

    private static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
