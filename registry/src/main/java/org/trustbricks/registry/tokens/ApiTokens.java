package org.trustbricks.registry.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.User;

/** API tokens for automation: created once (the caller sees the token only then), stored as SHA-256, revocable. */
public final class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Every token starts with this, so secret scanners can recognise a leaked one. */
    public static final String PREFIX = "tbk_";

    private final Jdbi jdbi;

    private ApiTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Tokens stored through the given Jdbi. */
    public static ApiTokens using(Jdbi jdbi) {
        return new ApiTokens(jdbi);
    }

    /** Creates a token for the user; the returned value carries the secret, which is not stored. */
    public NewApiToken create(User owner, String name) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        String shown = secret.substring(0, 10);
        long id = jdbi.inTransaction(h -> {
            long tokenId = h.createUpdate("insert into api_token (user_id, name, token_hash, prefix) values (:u, :n, :h, :p)")
                    .bind("u", owner.id()).bind("n", name).bind("h", hash(secret)).bind("p", shown)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, owner.email(), "token.create", "token/" + tokenId, "name=" + name);
            return tokenId;
        });
        return new NewApiToken(id, name, shown, secret);
    }

    /** The user behind a live token, recording its use. */
    public Optional<User> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> userId = jdbi.withHandle(h -> h.createQuery("""
                update api_token t set last_used_at = now() from app_user u
                where t.token_hash = :h and t.revoked_at is null and u.id = t.user_id and not u.disabled
                returning t.user_id""").bind("h", hash(secret)).mapTo(Long.class).findOne());
        return userId.flatMap(id -> Accounts.using(jdbi).find(id));
    }

    /** The user's tokens (never their secrets). */
    public List<ApiTokenInfo> list(User owner) {
        return jdbi.withHandle(h -> h.createQuery("""
                select id, name, prefix, created_at, last_used_at, revoked_at from api_token where user_id = :u order by id""")
                .bind("u", owner.id())
                .map((rs, ctx) -> new ApiTokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getObject("revoked_at") != null)).list());
    }

    /** Revokes one of the user's own tokens; false when the user has no such live token. */
    public boolean revoke(User owner, long tokenId) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("update api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                    .bind("id", tokenId).bind("u", owner.id()).execute();
            if (n > 0) {
                AuditLog.append(h, owner.email(), "token.revoke", "token/" + tokenId, "");
            }
            return n > 0;
        });
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
