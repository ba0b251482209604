package org.trustbricks.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class AuditLogTest {

    Database db;
    AuditLog log;

    @BeforeEach
    void fill() {
        db = TestDatabase.fresh();
        log = AuditLog.using(db.jdbi());
        for (int i = 1; i <= 5; i++) {
            log.append("alice@example.test", "thing.change", "thing/" + i, "change " + i);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_untouched_chain_verifies() {
        AuditVerification v = log.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void each_entry_commits_to_the_previous_one() {
        var recent = log.recent(5);
        assertThat(recent.get(0).previousHash()).isEqualTo(recent.get(1).hash());
        assertThat(recent.get(4).previousHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void an_edited_entry_is_named() {
        db.jdbi().useHandle(h -> h.execute("update audit_log set detail = 'nothing happened' where seq = 3"));
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.kind()).isEqualTo("edited");
        });
    }

    @Test
    void a_deleted_entry_is_named_by_the_entry_after_it() {
        db.jdbi().useHandle(h -> h.execute("delete from audit_log where seq = 2"));
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.kind()).isEqualTo("missing");
            assertThat(p.message()).contains("2..2");
        });
    }

    @Test
    void a_deleted_entry_is_found_even_when_the_rest_is_renumbered() {
        db.jdbi().useHandle(h -> {
            h.execute("delete from audit_log where seq = 2");
            h.execute("update audit_log set seq = seq - 1 where seq > 2");
        });
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.seq()).isEqualTo(2));
    }

    @Test
    void reordered_entries_are_named() {
        db.jdbi().useHandle(h -> {
            h.execute("update audit_log set seq = 100 where seq = 3");
            h.execute("update audit_log set seq = 3 where seq = 4");
            h.execute("update audit_log set seq = 4 where seq = 100");
        });
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).extracting(AuditVerification.Problem::kind).containsOnly("reordered");
        assertThat(v.problems()).extracting(AuditVerification.Problem::seq).contains(3L);
    }

    @Test
    void a_removed_last_entry_is_not_detectable_from_the_chain_alone_but_the_count_shows_it() {
        db.jdbi().useHandle(h -> h.execute("delete from audit_log where seq = 5"));
        AuditVerification v = log.verify();
        assertThat(v.entries()).isEqualTo(4);
    }
}
