package org.trustbricks.sesip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustbricks.common.Finding;
import org.trustbricks.sesip.Assessment;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.mapping.Regulation;

/** The benchmark measures the full path: its inputs are complete, valid Security Targets. */
class BenchDataTest {

    @Test
    void the_benchmark_product_has_50_parts_500_claims_and_composes_without_errors() {
        Assessment a = Sesip.assess(BenchData.productJson(50, 500), "product.json", Set.of(Regulation.values()));
        assertThat(a.validation().complete()).isTrue();
        assertThat(a.validation().findings()).filteredOn(Finding::isError).isEmpty();
        assertThat(a.composition().parts()).hasSize(50);
        assertThat(a.composition().attributions()).hasSize(500);
        assertThat(a.coverage()).hasSize(4);
    }

    @Test
    void the_batch_holds_distinct_valid_security_targets() {
        var batch = BenchData.batch(3, Path.of("../examples/sesip/psa-l3-mcu.yaml"));
        assertThat(new String(batch.get(1))).contains("unit 1").doesNotContain("unit 2");
        assertThat(Sesip.assess(batch.get(2), "st.yaml", Set.of(Regulation.EN303645)).validation().valid()).isTrue();
    }
}
