package org.trustbricks.mudmanager.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlChangeRuleTest {

    static final UrlChangeRule.Signer SIGNER = new UrlChangeRule.Signer("sha256:ca1", "CN=Example MUD Signer");
    static final String ROOT = "https://things.example.com/mud/bulb/v1.json";

    @Test
    void accepts_a_new_file_under_the_same_base_signed_by_the_same_signer() {
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, "https://THINGS.example.com/mud/bulb/v2.json", SIGNER).accepted())
                .isTrue();
    }

    @Test
    void refuses_another_directory_or_host() {
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, "https://things.example.com/mud/lamp/v2.json", SIGNER)
                .accepted()).isFalse();
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, "https://evil.example.net/mud/bulb/v2.json", SIGNER)
                .accepted()).isFalse();
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, "https://things.example.com/mud/bulb/../../x/v2.json", SIGNER)
                .accepted()).isFalse();
    }

    @Test
    void refuses_another_signer_or_trust_anchor_or_a_missing_signature() {
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, ROOT.replace("v1", "v2"),
                new UrlChangeRule.Signer("sha256:ca1", "CN=Someone Else")).accepted()).isFalse();
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, ROOT.replace("v1", "v2"),
                new UrlChangeRule.Signer("sha256:ca2", "CN=Example MUD Signer")).accepted()).isFalse();
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, ROOT.replace("v1", "v2"), null).accepted()).isFalse();
    }

    @Test
    void refuses_a_move_to_plain_http() {
        assertThat(UrlChangeRule.evaluate(ROOT, SIGNER, "http://things.example.com/mud/bulb/v2.json", SIGNER)
                .reason()).contains("https");
    }
}
