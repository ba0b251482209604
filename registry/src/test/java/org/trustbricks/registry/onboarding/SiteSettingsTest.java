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
}
