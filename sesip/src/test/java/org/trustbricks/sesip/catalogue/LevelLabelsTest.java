package org.trustbricks.sesip.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import org.junit.jupiter.api.Test;

class LevelLabelsTest {

    private final LevelLabels labels = LevelLabels.standard();

    @Test
    void legacy_trustcb_labels_are_normalised_and_keep_the_label_as_written() {
        LevelLabel l = labels.parse("SESIP2+").orElseThrow();
        assertThat(l.level()).isEqualTo(AssuranceLevel.SESIP4);
        assertThat(l.asWritten()).isEqualTo("SESIP2+");
        assertThat(l.scheme()).isEqualTo(LabelScheme.TRUSTCB_V1_2);
        assertThat(labels.parse("sesip1+").orElseThrow().level()).isEqualTo(AssuranceLevel.SESIP2);
    }

    @Test
    void itp_labels_map_to_sesip1_3_and_5_with_the_inferred_rows_marked() {
        assertThat(labels.parse("ITP1").orElseThrow().provenance().confidence()).isEqualTo(Confidence.VERIFIED);
        LevelLabel itp2 = labels.parse("ITP2").orElseThrow();
        assertThat(itp2.level()).isEqualTo(AssuranceLevel.SESIP3);
        assertThat(itp2.provenance().isInferred()).isTrue();
        assertThat(labels.parse("ITP3").orElseThrow().level()).isEqualTo(AssuranceLevel.SESIP5);
    }

    @Test
    void an_ambiguous_label_is_read_in_the_preferred_scheme() {
        assertThat(labels.parse("SESIP2").orElseThrow().level()).isEqualTo(AssuranceLevel.SESIP2);
        assertThat(labels.parse("SESIP2", LabelScheme.TRUSTCB_V1_2).orElseThrow().level()).isEqualTo(AssuranceLevel.SESIP3);
        assertThat(labels.parse("SESIP3", LabelScheme.TRUSTCB_V1_2).orElseThrow().level()).isEqualTo(AssuranceLevel.SESIP5);
    }

    @Test
    void unknown_labels_are_not_guessed() {
        assertThat(labels.parse("EAL4+")).isEmpty();
        assertThat(labels.parse("SESIP6")).isEmpty();
        assertThat(labels.parse(null)).isEmpty();
    }

    @Test
    void writing_a_level_in_a_scheme_and_reading_it_back_gives_the_same_level() {
        qt().forAll(arbitrary().enumValues(AssuranceLevel.class), arbitrary().enumValues(LabelScheme.class))
                .checkAssert((level, scheme) -> labels.labelOf(level, scheme).ifPresent(label -> {
                    LevelLabel back = labels.parse(label, scheme).orElseThrow();
                    assertThat(back.level()).isEqualTo(level);
                    assertThat(back.asWritten()).isEqualTo(label);
                }));
    }

    @Test
    void every_scheme_has_labels_for_sesip1_and_sesip5() {
        for (LabelScheme s : LabelScheme.values()) {
            assertThat(labels.labelOf(AssuranceLevel.SESIP1, s)).isPresent();
            assertThat(labels.labelOf(AssuranceLevel.SESIP5, s)).isPresent();
        }
    }
}
