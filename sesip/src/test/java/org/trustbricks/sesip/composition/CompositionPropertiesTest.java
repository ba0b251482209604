package org.trustbricks.sesip.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.st.Assurance;
import org.trustbricks.sesip.st.FlawRemediation;
import org.trustbricks.sesip.st.Methodology;
import org.trustbricks.sesip.st.Part;
import org.trustbricks.sesip.st.PartCertificate;
import org.trustbricks.sesip.st.Platform;
import org.trustbricks.sesip.st.Rationale;
import org.trustbricks.sesip.st.SecurityTarget;
import org.trustbricks.sesip.st.SfrClaim;
import org.trustbricks.sesip.st.StReference;

/** Properties of the composition engine over random part graphs. */
class CompositionPropertiesTest {

    private static final String[] LEVELS = {"SESIP1", "SESIP2", "SESIP3", "SESIP4", "SESIP5"};

    /** Builds a composite of {@code n} parts where part i uses the parts listed in edges (pairs i→j). */
    static SecurityTarget composite(int n, List<Integer> edges, List<Integer> levels) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> uses = new ArrayList<>();
            for (int e = 0; e + 1 < edges.size(); e += 2) {
                if (edges.get(e) % n == i && !uses.contains("p" + edges.get(e + 1) % n)) {
                    uses.add("p" + edges.get(e + 1) % n);
                }
            }
            String level = LEVELS[levels.isEmpty() ? 2 : levels.get(i % levels.size())];
            parts.add(new Part("p" + i, "Part " + i, "1", null, null,
                    new PartCertificate("C-" + i, null, null, null, level, null, "1", null, null, "active", null, null,
                            List.of("Reliable Index"), List.of(), null), List.of(), uses, null));
        }
        return new SecurityTarget(SecurityTarget.FORMAT, new StReference("T", "1", "2026-01-01", "D"), new Methodology("GP-1.2", null),
                new Platform("P", "1", "P 1", "device"), null, List.of(), List.of(), List.of(), parts,
                new Assurance("SESIP1", List.of(), List.of(), new FlawRemediation("a", "b", "c", null), "survey"),
                List.of(new SfrClaim(null, "Reliable Index", null, null, "p0", new Rationale("x", "y"))), null, List.of(), null);
    }

    /** Independent reachability check: does some part reach itself through uses? */
    static boolean hasCycle(SecurityTarget st) {
        int n = st.parts().size();
        boolean[][] reach = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (String u : st.parts().get(i).uses()) {
                reach[i][Integer.parseInt(u.substring(1))] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    reach[i][j] |= reach[i][k] && reach[k][j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (reach[i][i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void composition_never_accepts_a_cycle_and_never_rejects_an_acyclic_graph() {
        qt().withExamples(400).forAll(integers().between(1, 7), lists().of(integers().between(0, 6)).ofSizeBetween(0, 16),
                        lists().of(integers().between(0, 4)).ofSizeBetween(0, 7))
                .checkAssert((n, edges, levels) -> {
                    SecurityTarget st = composite(n, edges, levels);
                    CompositionReport r = Composer.compose(st);
                    boolean cycle = hasCycle(st);
                    assertThat(r.complete()).isEqualTo(!cycle);
                    assertThat(r.findings().stream().anyMatch(f -> f.code().equals(CompositionCodes.CYCLE))).isEqualTo(cycle);
                    if (cycle) {
                        assertThat(r.acceptable()).isFalse();
                    }
                });
    }

    @Test
    void the_default_level_is_never_above_any_direct_part() {
        qt().withExamples(300).forAll(integers().between(1, 6), lists().of(integers().between(0, 4)).ofSizeBetween(1, 6))
                .checkAssert((n, levels) -> {
                    SecurityTarget st = composite(n, List.of(), levels);
                    CompositionReport r = Composer.compose(st);
                    int min = r.parts().stream().mapToInt(p -> Integer.parseInt(p.level().substring(5))).min().orElse(5);
                    assertThat(Integer.parseInt(r.defaultLevel().substring(5))).isLessThanOrEqualTo(Math.min(min, 1));
                    assertThat(r.findings()).extracting(Finding::code).doesNotContain(CompositionCodes.LEVEL_TOO_HIGH);
                });
    }
}
