package org.trustbricks.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class AccountsAndSessionsTest {

    static Database db;
    static Accounts accounts;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
        accounts = Accounts.using(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_user_signs_in_with_the_right_password_only() {
        long org = accounts.ensureOrganisation("Acme Devices", OrganisationKind.VENDOR);
        accounts.createUser("Alice@Acme.example", "Alice", "correct horse battery", org);
        assertThat(accounts.authenticate("alice@acme.example", "correct horse battery"))
                .get().extracting(User::kind).isEqualTo(OrganisationKind.VENDOR);
        assertThat(accounts.authenticate("alice@acme.example", "wrong")).isEmpty();
        assertThat(accounts.authenticate("nobody@acme.example", "correct horse battery")).isEmpty();
    }

    @Test
    void the_same_email_cannot_be_registered_twice_whatever_its_case() {
        long org = accounts.ensureOrganisation("Twice Ltd", OrganisationKind.VENDOR);
        accounts.createUser("bob@twice.example", "Bob", "a long password", org);
        assertThatThrownBy(() -> accounts.createUser("BOB@twice.example", "Bob 2", "another password", org))
                .isInstanceOf(DuplicateAccountException.class);
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_that_verify() {
        String h = PasswordHasher.hash("s3cret!");
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("s3cret");
        assertThat(PasswordHasher.matches("s3cret!", h)).isTrue();
        assertThat(PasswordHasher.matches("s3cret?", h)).isFalse();
        assertThat(PasswordHasher.matches("s3cret!", "$argon2id$v=19$m=1,t=1,p=1$AAAA$BBBB")).isFalse();
        assertThat(PasswordHasher.matches("s3cret!", "garbage")).isFalse();
    }

    @Test
    void a_session_is_found_by_its_cookie_value_until_it_expires_or_is_deleted() {
        long org = accounts.ensureOrganisation("Session Co", OrganisationKind.LABORATORY);
        User u = accounts.createUser("carol@lab.example", "Carol", "pass phrase here", org);
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        Sessions sessions = Sessions.using(db.jdbi(), clock);
        String token = sessions.create(u);
        assertThat(sessions.find(token)).get().satisfies(s -> {
            assertThat(s.user().email()).isEqualTo("carol@lab.example");
            assertThat(s.csrfToken()).hasSizeGreaterThan(30);
        });
        assertThat(sessions.find(token + "x")).isEmpty();
        now.set(now.get().plus(Sessions.IDLE_TIMEOUT).plusSeconds(1));
        assertThat(sessions.find(token)).isEmpty();
        assertThat(sessions.purgeExpired()).isGreaterThanOrEqualTo(1);
        String second = sessions.create(u);
        sessions.delete(second);
        assertThat(sessions.find(second)).isEmpty();
    }

    @Test
    void sign_in_is_blocked_after_too_many_failures_for_an_account() {
        LoginThrottle throttle = LoginThrottle.using(db.jdbi(), Clock.systemUTC());
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            assertThat(throttle.isBlocked("dave@x.example", "10.0.0." + i)).isFalse();
            throttle.recordFailure("dave@x.example", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("DAVE@x.example", "10.9.9.9")).isTrue();
        assertThat(throttle.isBlocked("erin@x.example", "10.9.9.9")).isFalse();
        throttle.recordSuccess("dave@x.example");
        assertThat(throttle.isBlocked("dave@x.example", "10.9.9.9")).isFalse();
    }
}
