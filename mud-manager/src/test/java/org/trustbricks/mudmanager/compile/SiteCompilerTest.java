package org.trustbricks.mudmanager.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.testing.SharedCorpus;
import org.trustbricks.mudmanager.Oracles;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Decision;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.policy.PolicyEngine;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.mudmanager.site.StaticResolver;

class SiteCompilerTest {

    static final Path EXAMPLES = Path.of("..", "examples", "mud-manager");
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final StaticResolver RESOLVER = StaticResolver.of(Map.of("api.things.example.com",
            List.of(Prefix.parse("203.0.113.10"), Prefix.parse("2001:db8:10::10"))), 300);

    static Site site() throws Exception {
        return SiteReader.read(Files.readAllBytes(EXAMPLES.resolve("site.yaml")));
    }

    static MudPolicy bulb() throws Exception {
        return MudPolicyReader.read(Files.readAllBytes(EXAMPLES.resolve("bulb-2000.json")));
    }

    static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void the_example_mud_file_is_valid_rfc_8520() throws Exception {
        Oracles.Result r = Oracles.yanglint(EXAMPLES.resolve("bulb-2000.json"));
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void binds_every_abstraction_to_site_addresses_and_decides_flows() throws Exception {
        CompiledSite c = SiteCompiler.compile(site(), List.of(bulb()), RESOLVER, NOW);
        PolicyEngine e = PolicyEngine.of(c);
        Decision cloud = e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("203.0.113.10"), null, 6, 50123, 443,
                Initiator.DEVICE));
        assertThat(cloud.allowed()).isTrue();
        assertThat(cloud.ace()).isEqualTo("cloud-https");
        assertThat(e.decide(Flow.of("02:00:00:00:10:01", Direction.FROM_DEVICE, null, "API.things.example.com.", 6,
                50123, 443, Initiator.DEVICE)).ace()).isEqualTo("cloud-https");
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("203.0.113.10"), null, 6, 50123, 443,
                Initiator.PEER)).allowed()).as("direction-initiated from-device refuses peer-opened").isFalse();
        assertThat(e.decide(Flow.of("192.168.1.21", Direction.FROM_DEVICE, ip("192.168.1.30"), null, 17, 40000, 5683,
                Initiator.UNKNOWN)).ace()).as("same-manufacturer includes the hub").isEqualTo("hub-coap");
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("192.168.1.40"), null, 17, 40000, 5683,
                Initiator.UNKNOWN)).allowed()).as("printer is another manufacturer").isFalse();
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("192.168.1.10"), null, 6, 40000, 8883,
                Initiator.DEVICE)).ace()).isEqualTo("controller-mqtt");
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.TO_DEVICE, ip("192.168.1.50"), null, 6, 40000, 8080,
                Initiator.PEER)).ace()).isEqualTo("app-control");
        assertThat(e.decide(Flow.icmp("kitchen-bulb", Direction.FROM_DEVICE, ip("192.168.1.99"), 1, 8, 0)).ace())
                .isEqualTo("ping-local");
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("192.168.1.1"), null, 17, 40000, 53,
                Initiator.UNKNOWN)).ace()).isEqualTo("default-dns");
        assertThat(e.decide(Flow.of("kitchen-bulb", Direction.TO_DEVICE, ip("192.168.1.1"), null, 17, 123, 40000,
                Initiator.UNKNOWN)).ace()).isEqualTo("default-ntp");
        Decision other = e.decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("198.51.100.1"), null, 6, 40000, 443,
                Initiator.DEVICE));
        assertThat(other.allowed()).isFalse();
        assertThat(other.ace()).isEqualTo("default-deny");
        assertThat(e.decide(Flow.of("printer", Direction.FROM_DEVICE, ip("203.0.113.10"), null, 6, 40000, 443,
                Initiator.DEVICE)).allowed()).isFalse();
    }

    @Test
    void renders_an_nftables_ruleset_that_nft_accepts(@TempDir Path dir) throws Exception {
        CompiledSite c = SiteCompiler.compile(site(), List.of(bulb()), RESOLVER, NOW);
        String nft = NftRenderer.render(c);
        assertThat(nft).contains("ct state new accept comment \"from-ipv4-bulb/cloud-https\"")
                .contains("203.0.113.10").contains("chain d0_from").contains("counter drop");
        Oracles.Result r = Oracles.nftCheck(Files.writeString(dir.resolve("rules.nft"), nft));
        assertThat(r.exit()).as(r.output() + "\n" + nft).isZero();
    }

    @Test
    void renders_iptables_restore_input_and_a_neutral_rule_list() throws Exception {
        CompiledSite c = SiteCompiler.compile(site(), List.of(bulb()), RESOLVER, NOW);
        IptablesRenderer.Rules ipt = IptablesRenderer.render(c);
        assertThat(ipt.ipv4()).startsWith("*filter\n").endsWith("COMMIT\n")
                .contains("-A TB-D0-FROM -d 203.0.113.10/32 -p tcp --dport 443 -m conntrack --ctstate NEW")
                .contains("-A TB-D0-FROM -j DROP");
        assertThat(ipt.ipv6()).contains("-d 2001:db8:10::10/128 -p tcp --dport 443");
        List<RuleView> rules = JsonRuleRenderer.render(c);
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.ace()).isEqualTo("cloud-https");
            assertThat(r.addresses()).containsExactly("203.0.113.10");
            assertThat(r.state()).isEqualTo("new");
        });
        assertThat(rules).filteredOn(r -> r.ace().equals("default-deny")).hasSize(2 * c.devices().size());
    }

    @Test
    void re_resolves_after_the_ttl_and_reports_a_change() throws Exception {
        CompiledSite c = SiteCompiler.compile(site(), List.of(bulb()), RESOLVER, NOW);
        assertThat(c.expiresAt()).isEqualTo(NOW.plusSeconds(300));
        StaticResolver moved = StaticResolver.of(Map.of("api.things.example.com", List.of(Prefix.parse("203.0.113.99"))), 60);
        assertThat(SiteCompiler.refresh(c, moved, NOW.plusSeconds(299)).changed()).isFalse();
        SiteCompiler.Refresh later = SiteCompiler.refresh(c, moved, NOW.plusSeconds(300));
        assertThat(later.changed()).isTrue();
        assertThat(later.site().expiresAt()).isEqualTo(NOW.plusSeconds(360));
        assertThat(PolicyEngine.of(later.site()).decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE,
                ip("203.0.113.99"), null, 6, 1, 443, Initiator.DEVICE)).allowed()).isTrue();
        assertThat(SiteCompiler.refresh(c, RESOLVER, NOW.plusSeconds(300)).changed()).isFalse();
    }

    @Test
    void updates_same_manufacturer_as_devices_join_and_leave() throws Exception {
        Site without = site().withoutDevice("hub");
        PolicyEngine e = PolicyEngine.of(SiteCompiler.compile(without, List.of(bulb()), RESOLVER, NOW));
        Flow toHub = Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("192.168.1.30"), null, 17, 4000, 5683,
                Initiator.UNKNOWN);
        assertThat(e.decide(toHub).allowed()).isFalse();
        Site with = without.withDevice(new org.trustbricks.mudmanager.site.SiteDevice("hub", null,
                List.of(Prefix.parse("192.168.1.30")), "https://things.example.com/mud/hub.json"));
        assertThat(PolicyEngine.of(SiteCompiler.compile(with, List.of(bulb()), RESOLVER, NOW)).decide(toHub).allowed())
                .isTrue();
    }

    @Test
    void an_unresolvable_name_allows_nothing_and_is_reported() throws Exception {
        CompiledSite c = SiteCompiler.compile(site(), List.of(bulb()), StaticResolver.of(Map.of(), 30), NOW);
        assertThat(c.findings()).extracting(Finding::code).contains("SITE-DNS-UNRESOLVED");
        assertThat(PolicyEngine.of(c).decide(Flow.of("kitchen-bulb", Direction.FROM_DEVICE, ip("203.0.113.10"), null, 6,
                1, 443, Initiator.DEVICE)).allowed()).isFalse();
    }

    @Test
    void compiles_every_valid_corpus_mud_file_into_rules_nft_accepts(@TempDir Path dir) throws Exception {
        Path valid = SharedCorpus.require("corpus/mud/valid");
        List<MudPolicy> policies = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(valid)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    policies.add(MudPolicyReader.read(Files.readAllBytes(f)));
                } catch (MalformedInputException e) {
                    throw new AssertionError(f + ": " + e.getMessage(), e);
                }
            }
        }
        assertThat(policies).hasSizeGreaterThan(20);
        Map<String, MudPolicy> unique = new java.util.LinkedHashMap<>();
        policies.forEach(p -> unique.putIfAbsent(p.mudUrl(), p));
        CompiledSite c = SiteCompiler.compile(site(), List.copyOf(unique.values()), RESOLVER, NOW);
        Oracles.Result r = Oracles.nftCheck(Files.writeString(dir.resolve("corpus.nft"), NftRenderer.render(c)));
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void rejects_a_site_file_with_a_host_name_where_an_address_belongs() {
        byte[] yaml = "dns-servers: [resolver.example.com]\n".getBytes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteReader.read(yaml))
                .isInstanceOf(MalformedInputException.class).hasMessageContaining("names are not allowed")
                .extracting(t -> ((MalformedInputException) t).path()).isEqualTo("/dns-servers/0");
    }
}
