package org.trustbricks.registry.onboarding;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteDevice;
import org.trustbricks.onboarding.Rulesets;

/**
 * Compiles the three rulesets of a device for the site (nftables): from its MUD file, from the site's quarantine
 * policy (only the quarantine hosts, over HTTPS), and one that allows nothing. The quarantine MUD file differs from
 * device to device only in its URL and system information, so it is built and read once per list of quarantine hosts.
 */
final class DeviceRules {

    private record Quarantine(List<String> hosts, MudPolicy template) {
    }

    private final DnsResolver resolver;
    private final Mud mud;
    private final Clock clock;
    private volatile Quarantine quarantine;

    DeviceRules(DnsResolver resolver, Clock clock) {
        this.resolver = resolver;
        this.mud = Mud.create(clock);
        this.clock = clock;
    }

    /** The rulesets of a device; {@code verdict} is that of the MUD file at {@code mudUrl}, or null when there is none. */
    Rulesets compile(SiteSettings.Snapshot settings, String name, String mac, String address, String mudUrl,
                     MudVerdicts.Verdict verdict, List<String> findings) {
        String deny = deny(name, mac, address);
        if (address == null || address.isBlank()) {
            findings.add("no device address was given, so only the deny-all ruleset could be written");
            return new Rulesets("", deny, deny);
        }
        Prefix prefix;
        try {
            if (settings.site() == null) {
                throw new IllegalArgumentException(settings.siteError());
            }
            prefix = Prefix.parse(address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32"));
        } catch (RuntimeException e) {
            findings.add("the site file or the device address is not usable: " + e.getMessage());
            return new Rulesets("", deny, deny);
        }
        Site site = settings.site();
        String full = "";
        if (verdict != null && verdict.policy() == null) {
            findings.add("compile: " + verdict.policyError());
        } else if (verdict != null) {
            full = render(site, name, mac, prefix, mudUrl, verdict.policy(), findings);
        }
        MudPolicy q = quarantinePolicy(name, settings.policy().quarantineHosts());
        String quarantined = q == null ? "" : render(site, name, mac, prefix, q.mudUrl(), q, findings);
        return new Rulesets(full, quarantined.isEmpty() ? deny : quarantined, deny);
    }

    private String render(Site site, String name, String mac, Prefix prefix, String url, MudPolicy policy,
                          List<String> findings) {
        try {
            Site withDevice = site.withoutDevice(name).withDevice(new SiteDevice(name, mac, List.of(prefix), url));
            CompiledSite compiled = SiteCompiler.compile(withDevice, List.of(policy), resolver, clock.instant());
            compiled.findings().stream().filter(Finding::isError).forEach(f -> findings.add("compile: " + f.message()));
            return NftRenderer.render(compiled);
        } catch (RuntimeException e) {
            findings.add("compile: " + e.getMessage());
            return "";
        }
    }

    /** The site's quarantine policy for this device, or null when it cannot be built. */
    MudPolicy quarantinePolicy(String name, List<String> hosts) {
        Quarantine q = quarantine;
        if (q == null || !q.hosts().equals(hosts)) {
            q = new Quarantine(List.copyOf(hosts), read(quarantineMud("device", hosts)));
            quarantine = q;
        }
        MudPolicy t = q.template();
        return t == null ? null : new MudPolicy(quarantineUrl(name), t.isSupported(), t.cacheValidity(),
                systemInfo(name), t.extensions(), t.rules(), t.findings());
    }

    /** The quarantine MUD file of a device, as a file built for it would be (the template is checked against it). */
    byte[] quarantineMud(String name, List<String> hosts) {
        MudSpec.Builder spec = MudSpec.builder(quarantineUrl(name), "TrustBricks site", "quarantine").systemInfo(systemInfo(name));
        for (String host : hosts) {
            spec.rule(MudRule.cloudTcp(host, 443));
        }
        try {
            return mud.build(spec.build());
        } catch (InvalidMudSpecException e) {
            return null;
        }
    }

    private static MudPolicy read(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            return MudPolicyReader.read(json);
        } catch (MalformedInputException | RuntimeException e) {
            return null;
        }
    }

    private static String systemInfo(String name) {
        return "Quarantine policy of the site for " + name;
    }

    private static String quarantineUrl(String name) {
        return "https://quarantine.trustbricks.invalid/" + slug(name) + ".json";
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
