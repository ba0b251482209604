package org.trustbricks.web.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.trustbricks.web.system.ApiException;

/** Pasted token text only ever gives token bytes within the limit or a 400/413 problem, never another failure. */
class TokenInputFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void pasted_text_gives_bytes_within_the_limit_or_a_clear_problem(String text) {
        try {
            byte[] token = TokenInput.fromText(text);
            assertThat(token.length).isBetween(1, TokenInput.MAX_BYTES);
        } catch (ApiException e) {
            assertThat(e.problem().status()).isIn(400, 413);
            assertThat(e.problem().detail()).isNotBlank();
        }
    }
}
