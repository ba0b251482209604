package org.trustbricks.registry.attestation;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.attestation.appraisal.NonceStatus;
import org.trustbricks.attestation.appraisal.NonceValidator;

/**
 * Single-use challenges kept in PostgreSQL, so that any instance can consume a nonce another issued. A nonce is
 * {@code random || expiry (8 bytes, epoch ms) || tag (8 bytes)}, the tag an HMAC under a key shared by all instances:
 * a nonce this verifier never issued is refused without touching the database, an expired one is recognised from its
 * bytes, and a valid one is consumed by an atomic {@code delete ... returning} (nothing returned means it was already
 * used: unused nonces are only purged after they expire). Concurrent consumers share one statement per window of about
 * a millisecond ({@link NonceGroupCommit}); each is still told exactly whether its own nonce was fresh.
 */
public final class AttestationNonces implements NonceValidator {

    /** Most nonces issued by one request. */
    public static final int MAX_BATCH = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TAIL = 16;
    private static final Duration GROUP_COMMIT_WINDOW = Duration.ofMillis(1);

    private final Jdbi jdbi;
    private final SecretKeySpec macKey;
    private final Clock clock;
    private final Duration lifetime;
    private final NonceGroupCommit consumer;
    private final Mac macPrototype;

    private AttestationNonces(Jdbi jdbi, byte[] macKey, Clock clock, Duration lifetime) {
        this.jdbi = jdbi;
        this.macKey = new SecretKeySpec(macKey, "HmacSHA256");
        this.clock = clock;
        this.lifetime = lifetime;
        this.consumer = new NonceGroupCommit(jdbi, GROUP_COMMIT_WINDOW);
        try {
            this.macPrototype = Mac.getInstance("HmacSHA256");
            this.macPrototype.init(this.macKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }

    /** Nonces stored through the given Jdbi, tagged with {@code macKey}, valid for {@code lifetime}. */
    public static AttestationNonces using(Jdbi jdbi, byte[] macKey, Clock clock, Duration lifetime) {
        return new AttestationNonces(jdbi, macKey.clone(), clock, lifetime);
    }

    /** How long an issued nonce stays valid. */
    public Duration lifetime() {
        return lifetime;
    }

    /** Issues {@code count} nonces of {@code size} bytes (32, 48 or 64), stored before they are returned. */
    public List<IssuedNonce> issue(int count, int size) {
        return issue(count, size, lifetime);
    }

    /** Issues nonces that stay valid for {@code validFor} (a re-attestation request lasts its grace period). */
    public List<IssuedNonce> issue(int count, int size, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("a nonce must stay valid for some time");
        }
        if (size != 32 && size != 48 && size != 64) {
            throw new IllegalArgumentException("a PSA nonce is 32, 48 or 64 bytes");
        }
        if (count < 1 || count > MAX_BATCH) {
            throw new IllegalArgumentException("between 1 and " + MAX_BATCH + " nonces can be issued at once");
        }
        Instant expires = clock.instant().plus(validFor);
        List<IssuedNonce> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] n = new byte[size];
            RANDOM.nextBytes(n);
            ByteBuffer.wrap(n, size - TAIL, 8).putLong(expires.toEpochMilli());
            System.arraycopy(tag(n), 0, n, size - 8, 8);
            out.add(new IssuedNonce(n, expires));
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(expires, ZoneOffset.UTC);
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("insert into attestation_nonce (nonce, expires_at) values (:n, :e)");
            for (IssuedNonce n : out) {
                batch.bind("n", n.value()).bind("e", at).add();
            }
            batch.execute();
        });
        return out;
    }

    @Override
    public NonceStatus consume(byte[] nonce) {
        if (nonce == null || (nonce.length != 32 && nonce.length != 48 && nonce.length != 64)
                || !MessageDigest.isEqual(tag(nonce), Arrays.copyOfRange(nonce, nonce.length - 8, nonce.length))) {
            return NonceStatus.UNKNOWN;
        }
        Instant now = clock.instant();
        if (now.toEpochMilli() > ByteBuffer.wrap(nonce, nonce.length - TAIL, 8).getLong()) {
            return NonceStatus.EXPIRED;
        }
        Optional<OffsetDateTime> expiry = consumer.consume(nonce);
        if (expiry.isEmpty()) {
            return NonceStatus.ALREADY_USED;
        }
        return now.isAfter(expiry.get().toInstant()) ? NonceStatus.EXPIRED : NonceStatus.FRESH;
    }

    private Mac newMac() throws GeneralSecurityException {
        try {
            return (Mac) macPrototype.clone();
        } catch (CloneNotSupportedException e) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac;
        }
    }

    /** Deletes expired nonces; returns how many. */
    public int purgeExpired() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbi.withHandle(h -> h.createUpdate("delete from attestation_nonce where expires_at < :now").bind("now", now).execute());
    }

    private byte[] tag(byte[] nonce) {
        try {
            Mac mac = newMac();
            mac.update(nonce, 0, nonce.length - 8);
            return Arrays.copyOf(mac.doFinal(), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }

    /**
     * One issued nonce.
     *
     * @param value   the nonce bytes
     * @param expires when it stops being accepted
     */
    public record IssuedNonce(byte[] value, Instant expires) {
    }
}
