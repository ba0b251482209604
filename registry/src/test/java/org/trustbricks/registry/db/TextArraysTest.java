package org.trustbricks.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.argument.Arguments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.testing.TestDatabase;

class TextArraysTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> roundTrip(String[] values) {
        return db.jdbi().withHandle(h -> h.createQuery("select coalesce(v, '<null>') from unnest(cast(:a as text[])) with ordinality as t(v, i) order by i")
                .bind("a", values).mapTo(String.class).list());
    }

    @Test
    void every_string_comes_back_as_sent_whatever_characters_it_holds() {
        String big = "table inet x {\n  chain c { ip saddr 10.0.0.1 \"quoted\" \\ back{slash}, comma; }\n}\n".repeat(200);
        String[] values = {"plain", "", "\"quoted\"", "back\\slash", "{braces,commas}", "NULL", "null", " padded ", "é ü 漢字 🙂",
            "line\nbreak\ttab", big};
        assertThat(roundTrip(values)).containsExactly(values);
    }

    @Test
    void the_platforms_jdbi_binds_a_string_array_as_the_array_itself() {
        assertThat(db.jdbi().getConfig(Arguments.class).findFor(String[].class, new String[] {"a"}))
                .get().isInstanceOf(TextArrays.Binding.class);
    }

    @Test
    void null_elements_are_sql_nulls_and_an_empty_array_has_no_elements() {
        assertThat(roundTrip(new String[] {"a", null, "b"})).containsExactly("a", "<null>", "b");
        assertThat(roundTrip(new String[0])).isEmpty();
        assertThat(roundTrip(new ArrayList<>(Arrays.asList("x", "y")).toArray(String[]::new))).containsExactly("x", "y");
    }
}
