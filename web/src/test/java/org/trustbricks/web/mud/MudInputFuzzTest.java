package org.trustbricks.web.mud;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.trustbricks.web.system.ApiException;

/**
 * The web layer's own readers of untrusted input: URL adoption of uploaded files, conditional-request headers and
 * device public keys. They answer or refuse; no other exception escapes.
 */
class MudInputFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readers_of_untrusted_input_never_fail_unexpectedly(FuzzedDataProvider data) {
        String header = data.consumeString(200);
        String pem = data.consumeString(2000);
        byte[] file = data.consumeRemainingAsBytes();
        UrlAdoption.Result adopted = UrlAdoption.adopt(file, "https://mud.example/mud/a/b.json", "https://mud.example/mud/a/b.p7s");
        assertThat(adopted.content()).isNotNull();
        Conditional.etagMatches(header, "\"abc\"");
        Conditional.notModifiedSince(header, 0);
        try {
            assertThat(DeviceCertificates.publicKey(pem)).isNotNull();
        } catch (ApiException refused) {
            assertThat(refused.problem().status()).isIn(400, 422);
        }
    }
}
