package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

/**
 * The statement that records decisions reaches device rows only through indexes, even in the plan PostgreSQL keeps
 * for a prepared statement first run on an empty inventory: a cached sequential scan would go on reading the whole
 * device table on every batch as the inventory grows.
 */
class DecisionBatchPlanTest {

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
        String plan = genericPlan(DecisionBatch.SQL);
        assertThat(plan).contains("device_instance_id_key");
        assertThat(plan).doesNotContain("Seq Scan on device ");
    }

    @Test
    void the_plan_check_sees_a_sequential_scan_where_there_is_one() {
        String plan = genericPlan("select d.decision from device d where d.instance_id = any(cast(:instances as text[]))");
        assertThat(plan).contains("Seq Scan on device ");
    }

    /** The statement's text plan with every parameter unknown (as in a cached generic plan), on the current tables. */
    private static String genericPlan(String sql) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
        StringBuilder numbered = new StringBuilder();
        while (m.find()) {
            int n = numbers.computeIfAbsent(m.group(1), k -> numbers.size() + 1);
            m.appendReplacement(numbered, "\\$" + n);
        }
        m.appendTail(numbered);
        List<String> types = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        for (String name : numbers.keySet()) {
            types.add(name.equals("channel") ? "text" : name.equals("attested") ? "timestamptz[]" : "varchar[]");
            nulls.add("null");
        }
        return db.jdbi().inTransaction(h -> {
            h.execute("set local plan_cache_mode = force_generic_plan");
            h.execute("prepare plan_under_test(" + String.join(", ", types) + ") as " + numbered);
            String text = String.join("\n", h.createQuery("explain (costs off) execute plan_under_test(" + String.join(", ", nulls) + ")")
                    .mapTo(String.class).list());
            h.execute("deallocate plan_under_test");
            return text;
        });
    }
}
