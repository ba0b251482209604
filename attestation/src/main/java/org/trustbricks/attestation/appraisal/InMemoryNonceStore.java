package org.trustbricks.attestation.appraisal;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues single-use nonces with an expiry and checks them, in this process's memory. A server with several instances
 * implements {@link NonceValidator} over shared storage instead.
 */
public final class InMemoryNonceStore implements NonceValidator {

    private static final Instant USED = Instant.MIN;

    private final SecureRandom random = new SecureRandom();
    private final Map<ByteBuffer, Instant> nonces = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final int maxOutstanding;

    private InMemoryNonceStore(Clock clock, Duration lifetime, int maxOutstanding) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxOutstanding = maxOutstanding;
    }

    /** A store whose nonces live for {@code lifetime}, with at most {@code maxOutstanding} kept at once. */
    public static InMemoryNonceStore create(Clock clock, Duration lifetime, int maxOutstanding) {
        return new InMemoryNonceStore(clock, lifetime, maxOutstanding);
    }

    /** A new random nonce of 32, 48 or 64 bytes, valid until now + lifetime. */
    public byte[] issue(int size) {
        if (size != 32 && size != 48 && size != 64) {
            throw new IllegalArgumentException("a PSA nonce is 32, 48 or 64 bytes");
        }
        if (nonces.size() >= maxOutstanding) {
            purgeExpired();
        }
        if (nonces.size() >= maxOutstanding) {
            throw new IllegalStateException("too many outstanding nonces");
        }
        byte[] n = new byte[size];
        random.nextBytes(n);
        nonces.put(ByteBuffer.wrap(n.clone()), clock.instant().plus(lifetime));
        return n;
    }

    @Override
    public NonceStatus consume(byte[] nonce) {
        ByteBuffer key = ByteBuffer.wrap(nonce.clone());
        Instant[] seen = new Instant[1];
        Instant now = clock.instant();
        nonces.computeIfPresent(key, (k, expiry) -> {
            seen[0] = expiry;
            return expiry == USED || now.isAfter(expiry) ? expiry : USED;
        });
        if (seen[0] == null) {
            return NonceStatus.UNKNOWN;
        }
        if (seen[0] == USED) {
            return NonceStatus.ALREADY_USED;
        }
        return now.isAfter(seen[0]) ? NonceStatus.EXPIRED : NonceStatus.FRESH;
    }

    /** Forgets expired nonces and used ones. */
    public void purgeExpired() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<ByteBuffer, Instant>> it = nonces.entrySet().iterator(); it.hasNext(); ) {
            Instant e = it.next().getValue();
            if (e == USED || now.isAfter(e)) {
                it.remove();
            }
        }
    }
}
