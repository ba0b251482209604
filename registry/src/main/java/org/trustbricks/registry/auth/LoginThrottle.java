package org.trustbricks.registry.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Limits failed sign-ins per account and per address over a sliding window, shared by all instances.
 */
public final class LoginThrottle {

    /** Window over which failures count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Failures allowed per account in the window. */
    public static final int MAX_PER_ACCOUNT = 5;
    /** Failures allowed per client address in the window. */
    public static final int MAX_PER_ADDRESS = 20;

    private final Jdbi jdbi;
    private final Clock clock;

    private LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A throttle stored through the given Jdbi. */
    public static LoginThrottle using(Jdbi jdbi, Clock clock) {
        return new LoginThrottle(jdbi, clock);
    }

    /** True when this account or this address has failed too often recently. */
    public boolean isBlocked(String email, String address) {
        OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC);
        return jdbi.withHandle(h -> {
            int perAccount = h.createQuery("select count(*) from login_attempt where lower(email) = :e and at > :since")
                    .bind("e", normalize(email)).bind("since", since).mapTo(Integer.class).one();
            int perAddress = h.createQuery("select count(*) from login_attempt where address = :a and at > :since")
                    .bind("a", address).bind("since", since).mapTo(Integer.class).one();
            return perAccount >= MAX_PER_ACCOUNT || perAddress >= MAX_PER_ADDRESS;
        });
    }

    /** Records one failed attempt. */
    public void recordFailure(String email, String address) {
        jdbi.useHandle(h -> h.createUpdate("insert into login_attempt (email, address, at) values (:e, :a, :at)")
                .bind("e", normalize(email)).bind("a", address)
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).execute());
    }

    /** Forgets the account's failures after a successful sign-in. */
    public void recordSuccess(String email) {
        jdbi.useHandle(h -> h.createUpdate("delete from login_attempt where lower(email) = :e").bind("e", normalize(email)).execute());
    }

    private static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
