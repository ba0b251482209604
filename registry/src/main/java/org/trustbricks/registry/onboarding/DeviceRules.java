package org.trustbricks.registry.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.InvalidMudSpecException;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.compile.NftRenderer;
import org.trustbricks.mudmanager.compile.SiteCompiler;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteDevice;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.onboarding.Rulesets;
import org.trustbricks.onboarding.SitePolicy;

/**
 * Compiles the three rulesets of a device for the site (nftables): from its MUD file, from the site's quarantine
 * policy (only the quarantine hosts, over HTTPS), and one that allows nothing.
 */
final class DeviceRules {

    private final Supplier<byte[]> siteYaml;
    private final Supplier<SitePolicy> policy;
    private final DnsResolver resolver;
    private final Mud mud;
    private final Clock clock;

    DeviceRules(Supplier<byte[]> siteYaml, Supplier<SitePolicy> policy, DnsResolver resolver, Clock clock) {
        this.siteYaml = siteYaml;
        this.policy = policy;
        this.resolver = resolver;
        this.mud = Mud.create(clock);
        this.clock = clock;
    }

    Rulesets compile(String name, String mac, String address, String mudUrl, byte[] mudJson, List<String> findings) {
        String deny = deny(name, mac, address);
        if (address == null || address.isBlank()) {
            findings.add("no device address was given, so only the deny-all ruleset could be written");
            return new Rulesets("", deny, deny);
        }
        Site site;
        Prefix prefix;
        try {
            site = SiteReader.read(siteYaml.get());
            prefix = Prefix.parse(address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32"));
        } catch (MalformedInputException | RuntimeException e) {
            findings.add("the site file or the device address is not usable: " + e.getMessage());
            return new Rulesets("", deny, deny);
        }
        String full = mudJson == null ? "" : render(site, name, mac, prefix, mudUrl, mudJson, findings);
        String quarantine = render(site, name, mac, prefix, quarantineUrl(name), quarantineMud(name), findings);
        return new Rulesets(full, quarantine.isEmpty() ? deny : quarantine, deny);
    }

    private String render(Site site, String name, String mac, Prefix prefix, String url, byte[] json, List<String> findings) {
        if (json == null) {
            return "";
        }
        try {
            var policy = MudPolicyReader.read(json);
            Site withDevice = site.withoutDevice(name).withDevice(new SiteDevice(name, mac, List.of(prefix), url));
            CompiledSite compiled = SiteCompiler.compile(withDevice, List.of(policy), resolver, clock.instant());
            compiled.findings().stream().filter(Finding::isError).forEach(f -> findings.add("compile: " + f.message()));
            return NftRenderer.render(compiled);
        } catch (MalformedInputException | RuntimeException e) {
            findings.add("compile: " + e.getMessage());
            return "";
        }
    }

    private static String quarantineUrl(String name) {
        return "https://quarantine.trustbricks.invalid/" + slug(name) + ".json";
    }

    private byte[] quarantineMud(String name) {
        MudSpec.Builder spec = MudSpec.builder(quarantineUrl(name), "TrustBricks site", "quarantine")
                .systemInfo("Quarantine policy of the site for " + name);
        for (String host : policy.get().quarantineHosts()) {
            spec.rule(MudRule.cloudTcp(host, 443));
        }
        try {
            return mud.build(spec.build());
        } catch (InvalidMudSpecException e) {
            return null;
        }
    }

    private static String deny(String name, String mac, String address) {
        String table = "trustbricks_refused_" + slug(name).replace('-', '_');
        StringBuilder b = new StringBuilder("# ").append(name).append(": refused, no network access\n")
                .append("table inet ").append(table).append(" {\n")
                .append("  chain forward {\n    type filter hook forward priority 0; policy accept;\n");
        if (mac != null && !mac.isBlank()) {
            b.append("    ether saddr ").append(mac.toLowerCase(Locale.ROOT)).append(" drop\n");
            b.append("    ether daddr ").append(mac.toLowerCase(Locale.ROOT)).append(" drop\n");
        }
        if (address != null && !address.isBlank()) {
            String family = address.contains(":") ? "ip6" : "ip";
            b.append("    ").append(family).append(" saddr ").append(address).append(" drop\n");
            b.append("    ").append(family).append(" daddr ").append(address).append(" drop\n");
        }
        return b.append("  }\n}\n").toString();
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "device" : s.length() > 40 ? s.substring(0, 40) : s;
    }
}
