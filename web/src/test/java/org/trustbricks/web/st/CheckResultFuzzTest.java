package org.trustbricks.web.st;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The check page's placing of findings on lines survives any bytes: nothing throws and no finding is lost or doubled. */
class CheckResultFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void every_finding_is_shown_once_and_nothing_throws(byte[] document) {
        CheckResult result = CheckResult.of(document, null);
        long shown = result.placed() + result.unplaced().size();
        assertThat(shown).isEqualTo(result.report().findings().size());
        for (CheckResult.Line line : result.lines()) {
            assertThat(line.number()).isBetween(1, result.lines().size());
        }
    }
}
