package org.trustbricks.registry.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.GenericPlans;
import org.trustbricks.registry.testing.TestDatabase;

/** The nonce batch deletes by the primary key even in the plan cached while no nonce was outstanding. */
class NonceStatementPlanTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void the_generic_plan_of_the_nonce_delete_uses_the_primary_key() {
        String plan = GenericPlans.of(db.jdbi(), NonceGroupCommit.DELETE, List.of(), List.of());
        assertThat(plan).contains("attestation_nonce_pkey").doesNotContain("Seq Scan on attestation_nonce");
    }
}
