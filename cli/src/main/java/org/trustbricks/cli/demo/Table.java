package org.trustbricks.cli.demo;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    List<String> lines() {
        int[] width = new int[rows.getFirst().length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                b.append(i == 0 ? "  " : "  ").append(String.format("%-" + width[i] + "s", rows.get(n)[i]));
            }
            out.add(b.toString().stripTrailing());
            if (n == 0) {
                StringBuilder rule = new StringBuilder();
                for (int w : width) {
                    rule.append("  ").append("-".repeat(w));
                }
                out.add(rule.toString());
            }
        }
        return out;
    }
}
