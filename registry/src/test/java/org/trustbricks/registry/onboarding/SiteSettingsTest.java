package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustbricks.onboarding.Decision;
import org.trustbricks.onboarding.SitePolicy;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.testing.TestDatabase;

class SiteSettingsTest {

    static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_saved_policy_or_site_file_applies_to_the_next_decision_and_unchanged_settings_are_not_parsed_again() {
        SiteSettings settings = new SiteSettings(db.jdbi(), List.of());
        var first = settings.current();
        assertThat(first.policy()).isEqualTo(SitePolicy.defaults());
        assertThat(first.site()).as(first.siteError()).isNotNull();
        assertThat(settings.current()).isSameAs(first);

        SitePolicy strict = new SitePolicy(3, Set.of(), Decision.REFUSED, Decision.REFUSED, Decision.REFUSED,
                Decision.REFUSED, Decision.REFUSED, false, Decision.REFUSED, Decision.RESTRICTED, List.of("updates.example"));
        SitePolicies.using(db.jdbi()).save(strict, "admin@example");
        var second = settings.current();
        assertThat(second.policy()).isEqualTo(strict);
        assertThat(second.site()).as("the site file did not change").isSameAs(first.site());

        SiteFiles.using(db.jdbi()).save("name: [unterminated", "admin@example");
        var third = settings.current();
        assertThat(third.site()).isNull();
        assertThat(third.siteError()).isNotBlank();
        assertThat(third.policy()).isSameAs(second.policy());
    }

    @Test
    void the_settings_counter_moves_with_policy_site_file_and_trust_anchors_and_cached_settings_are_kept_until_it_does()
            throws Exception {
        try (Database own = TestDatabase.fresh()) {
            DecisionReads reads = new DecisionReads(own.jdbi());
            SiteSettings settings = new SiteSettings(own.jdbi(), List.of());
            long v0 = reads.read(null).settingsVersion();
            var first = settings.current(v0);
            assertThat(settings.current(v0)).isSameAs(first);

            SitePolicy strict = new SitePolicy(3, Set.of(), Decision.REFUSED, Decision.REFUSED, Decision.REFUSED,
                    Decision.REFUSED, Decision.REFUSED, false, Decision.REFUSED, Decision.RESTRICTED, List.of("updates.example"));
            SitePolicies.using(own.jdbi()).save(strict, "admin@example");
            long v1 = reads.read(null).settingsVersion();
            assertThat(v1).isGreaterThan(v0);
            assertThat(settings.current(v0)).as("a decision that read the old counter").isSameAs(first);
            assertThat(settings.current(v1).policy()).isEqualTo(strict);

            SiteFiles.using(own.jdbi()).save("name: [unterminated", "admin@example");
            long v2 = reads.read(null).settingsVersion();
            assertThat(v2).isGreaterThan(v1);
            assertThat(settings.current(v2).site()).isNull();

            var credentials = org.trustbricks.mud.Mud.create().newManufacturerCredentials("Anchor Test", java.time.Duration.ofDays(30));
            org.trustbricks.registry.mudmanager.TrustAnchors.using(own.jdbi()).add(
                    org.trustbricks.mud.sign.Pem.certificates(List.of(credentials.caCertificate())), "admin@example");
            long v3 = reads.read(null).settingsVersion();
            assertThat(v3).isGreaterThan(v2);
            assertThat(settings.current(v3).anchors()).contains(credentials.caCertificate());
            assertThat(reads.read(null).registryVersion()).isEqualTo(reads.read("00ff").registryVersion());
            assertThat(reads.read("00ff").enrolled()).isNull();
        }
    }
}
