package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.onboarding.MudFacts;
import org.trustbricks.onboarding.SitePolicy;

class MudVerdictsTest {

    static final String URL = "https://mud.example.com/lock.json";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final Mud mud = Mud.create();
    final ManufacturerCredentials credentials = mud.newManufacturerCredentials("Lockwise", Duration.ofDays(30));
    final SiteSettings.Snapshot site = new SiteSettings.Snapshot(SitePolicy.defaults(), null, "no site",
            List.of(credentials.caCertificate()), "anchors-1");

    byte[] file(String firmware) throws Exception {
        return mud.build(MudSpec.builder(URL, "Lockwise", "L2 lock").systemInfo("Lockwise L2").firmwareRev(firmware)
                .lastUpdate(now.get()).rule(MudRule.cloudTcp("cloud.lockwise.example", 443)).build());
    }

    @Test
    void a_file_seen_again_is_not_parsed_or_verified_again_until_its_verdict_expires() throws Exception {
        MudVerdicts verdicts = new MudVerdicts(clock);
        byte[] json = file("1.0");
        byte[] signature = mud.sign(json, credentials.signingKey());
        var first = verdicts.of(URL, json, signature, site, null);
        assertThat(first.signature()).isEqualTo(MudFacts.Signature.VALID);
        assertThat(first.valid()).as(first.errors().toString()).isTrue();
        assertThat(first.policy().mudUrl()).isEqualTo(URL);
        assertThat(verdicts.of(URL, json.clone(), signature.clone(), site, null)).isSameAs(first);
        now.set(now.get().plus(MudVerdicts.LIFETIME).plusSeconds(1));
        assertThat(verdicts.of(URL, json, signature, site, null)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void another_file_signature_or_set_of_trust_anchors_gets_its_own_verdict() throws Exception {
        MudVerdicts verdicts = new MudVerdicts(clock);
        byte[] json = file("1.0");
        byte[] signature = mud.sign(json, credentials.signingKey());
        assertThat(verdicts.of(URL, json, signature, site, null).signature()).isEqualTo(MudFacts.Signature.VALID);
        byte[] changed = file("1.1");
        var tampered = verdicts.of(URL, changed, signature, site, null);
        assertThat(tampered.signature()).isNotEqualTo(MudFacts.Signature.VALID);
        assertThat(tampered.signatureProblem()).startsWith("signature: ");
        var otherAnchors = new SiteSettings.Snapshot(SitePolicy.defaults(), null, "no site",
                List.of(mud.newManufacturerCredentials("Other", Duration.ofDays(30)).caCertificate()), "anchors-2");
        assertThat(verdicts.of(URL, json, signature, otherAnchors, null).signature()).isEqualTo(MudFacts.Signature.WRONG_SIGNER);
        assertThat(verdicts.of(URL, json, null, site, null).signature()).isEqualTo(MudFacts.Signature.UNSIGNED);
    }
}
