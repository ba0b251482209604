package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.GenericPlans;
import org.trustbricks.registry.testing.TestDatabase;

/**
 * The statements of every onboarding decision reach device rows only through indexes, even in the plan PostgreSQL
 * keeps for a prepared statement first run on an empty inventory: a cached sequential scan would go on reading the
 * whole device table on every decision as the inventory grows.
 */
class OnboardingStatementPlansTest {

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
    void the_generic_plan_on_an_empty_inventory_scans_no_device_table() {
        String plan = GenericPlans.of(db.jdbi(), DecisionBatch.SQL, List.of("channel"), List.of("attested"));
        assertThat(plan).contains("device_instance_id_key");
        assertThat(plan).doesNotContain("Seq Scan on device ");
    }

    @Test
    void the_generic_plan_of_the_decision_read_looks_the_instance_up_by_its_index() {
        String plan = GenericPlans.of(db.jdbi(), DecisionReads.SQL, List.of("instance"), List.of());
        assertThat(plan).contains("device_instance_id_key").doesNotContain("Seq Scan on device ");
    }

    @Test
    void the_plan_check_sees_a_sequential_scan_where_there_is_one() {
        String plan = GenericPlans.of(db.jdbi(), "select d.decision from device d where d.instance_id = any(cast(:instances as text[]))",
                List.of(), List.of());
        assertThat(plan).contains("Seq Scan on device ");
    }
}
