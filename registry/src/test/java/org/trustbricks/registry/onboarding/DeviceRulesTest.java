package org.trustbricks.registry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.mudmanager.site.SystemResolver;
import org.trustbricks.onboarding.SitePolicy;

class DeviceRulesTest {

    final DeviceRules rules = new DeviceRules(SystemResolver.withAssumedTtl(300), Clock.systemUTC());

    @Test
    void the_quarantine_policy_read_once_is_the_policy_of_a_file_built_for_each_device() throws Exception {
        List<String> hosts = List.of("updates.example.com", "support.example.com");
        for (String name : List.of("front door lock", "Thermostat #2")) {
            assertThat(rules.quarantinePolicy(name, hosts))
                    .isEqualTo(MudPolicyReader.read(rules.quarantineMud(name, hosts)));
        }
    }

    @Test
    void a_new_list_of_quarantine_hosts_is_used_at_once() throws Exception {
        rules.quarantinePolicy("lock", List.of("updates.example.com"));
        List<String> changed = List.of("firmware.example.org");
        assertThat(rules.quarantinePolicy("lock", changed)).isEqualTo(MudPolicyReader.read(rules.quarantineMud("lock", changed)));
    }

    @Test
    void the_quarantine_ruleset_lets_the_device_reach_its_quarantine_hosts_over_https_only() throws Exception {
        SitePolicy d = SitePolicy.defaults();
        SitePolicy policy = new SitePolicy(d.minimumLevel(), d.acceptedProfiles(), d.belowRequirements(),
                d.onVulnerabilityReview(), d.onTerminated(), d.onExpired(), d.onNoCertificate(), d.acceptUnsignedMud(),
                d.onMudUnavailable(), d.onUnsupportedDevice(), List.of("localhost"));
        var site = new SiteSettings.Snapshot(policy, SiteReader.read(SiteFiles.builtIn()), null, List.of(), "");
        List<String> findings = new ArrayList<>();
        var compiled = rules.compile(site, "front door lock", "02:00:00:00:00:01", "192.168.1.20", null, null, findings);
        assertThat(compiled.mud()).isEmpty();
        assertThat(compiled.quarantine()).contains("192.168.1.20").contains("127.0.0.1").contains("tcp dport 443")
                .doesNotContain("dport 80 ").doesNotContain("refused");
        assertThat(compiled.deny()).contains("refused").contains("02:00:00:00:00:01");
    }
}
