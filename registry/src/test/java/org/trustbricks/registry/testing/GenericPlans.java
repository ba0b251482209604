package org.trustbricks.registry.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The plan PostgreSQL caches for a prepared statement once it settles on a generic plan: every parameter unknown,
 * planned on the tables as they are now. A plan made while a table is empty is kept as the table grows, so tests of
 * hot statements ask for it on an empty schema.
 */
public final class GenericPlans {

    private GenericPlans() {
    }

    /**
     * The text plan of a statement written with Jdbi's named parameters: {@code textParameters} are bound as
     * {@code text}, {@code timestampArrays} as {@code timestamptz[]}, all others as {@code varchar[]} (string arrays).
     */
    public static String of(Jdbi jdbi, String sql, List<String> textParameters, List<String> timestampArrays) {
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
            types.add(textParameters.contains(name) ? "text" : timestampArrays.contains(name) ? "timestamptz[]" : "varchar[]");
            nulls.add("null");
        }
        return jdbi.inTransaction(h -> {
            h.execute("set local plan_cache_mode = force_generic_plan");
            h.execute("prepare plan_under_test(" + String.join(", ", types) + ") as " + numbered);
            String text = String.join("\n", h.createQuery("explain (costs off) execute plan_under_test(" + String.join(", ", nulls) + ")")
                    .mapTo(String.class).list());
            h.execute("deallocate plan_under_test");
            return text;
        });
    }
}
