package org.trustbricks.mudmanager;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.compile.IptablesRenderer;
import org.trustbricks.mudmanager.compile.JsonRuleRenderer;
import org.trustbricks.mudmanager.compile.NftRenderer;
import org.trustbricks.mudmanager.compile.SiteCompiler;
import org.trustbricks.mudmanager.fetch.FetchOptions;
import org.trustbricks.mudmanager.fetch.FetchResult;
import org.trustbricks.mudmanager.fetch.MudFetcher;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.policy.PolicyEngine;
import org.trustbricks.mudmanager.profile.DeviceSelector;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.Profiler;
import org.trustbricks.mudmanager.profile.ProfilerOptions;
import org.trustbricks.mudmanager.profile.ProgressListener;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.Site;
import org.trustbricks.mudmanager.site.SiteDevice;
import org.trustbricks.mudmanager.site.SiteReader;

/**
 * One-call entry points for the CLI and the web server. Untrusted input problems come back as findings in the result
 * records (which serialise to JSON with a plain Jackson ObjectMapper); only I/O failures on local files are thrown.
 */
public final class MudManager {

    private MudManager() {
    }

    /** Derives a MUD file for a device (MAC or IP address) from captures. */
    public static ProfileResult profile(List<Path> captures, String device, ProfilerOptions options,
            ProgressListener progress) throws IOException {
        return Profiler.profile(captures, DeviceSelector.parse(device), options, progress);
    }

    /** Compiles MUD files (RFC 8520 JSON bytes) for a site file (YAML bytes) and renders them. */
    public static CompileOutput compile(List<byte[]> mudFiles, byte[] siteYaml, DnsResolver resolver,
            RenderFormat format) {
        return compile(mudFiles, siteYaml, List.of(), resolver, format);
    }

    /**
     * Compiles as {@link #compile(List, byte[], DnsResolver, RenderFormat)} with the devices of a stored device index
     * joining the site file's (an indexed device replaces a listed one of the same name).
     */
    public static CompileOutput compile(List<byte[]> mudFiles, byte[] siteYaml, List<SiteDevice> indexed,
            DnsResolver resolver, RenderFormat format) {
        List<Finding> findings = new ArrayList<>();
        Site site = site(siteYaml, findings);
        if (site != null) {
            for (SiteDevice d : indexed) {
                site = site.withDevice(d);
            }
        }
        List<MudPolicy> policies = policies(mudFiles, findings);
        if (site == null || findings.stream().anyMatch(Finding::isError)) {
            return new CompileOutput(format, "", List.of(), 0, null, findings);
        }
        CompiledSite compiled = SiteCompiler.compile(site, policies, resolver, Instant.now());
        findings.addAll(compiled.findings());
        String text = switch (format) {
            case NFT -> NftRenderer.render(compiled);
            case IPTABLES -> {
                IptablesRenderer.Rules r = IptablesRenderer.render(compiled);
                yield r.ipv4() + "# ip6tables-restore\n" + r.ipv6();
            }
            case JSON -> "";
        };
        return new CompileOutput(format, text, JsonRuleRenderer.render(compiled), compiled.devices().size(),
                compiled.expiresAt().toString(), findings);
    }

    /** Decides one flow against MUD files bound to a site. */
    public static FlowCheck checkFlow(List<byte[]> mudFiles, byte[] siteYaml, DnsResolver resolver, Flow flow) {
        List<Finding> findings = new ArrayList<>();
        Site site = site(siteYaml, findings);
        List<MudPolicy> policies = policies(mudFiles, findings);
        if (site == null || findings.stream().anyMatch(Finding::isError)) {
            return new FlowCheck(null, findings);
        }
        CompiledSite compiled = SiteCompiler.compile(site, policies, resolver, Instant.now());
        findings.addAll(compiled.findings());
        return new FlowCheck(PolicyEngine.of(compiled).decide(flow), findings);
    }

    /** Fetches a MUD file safely (one-off; keep a {@link MudFetcher} to benefit from its cache). */
    public static FetchResult fetch(String url, FetchOptions options) {
        return MudFetcher.create(options).fetchMud(url);
    }

    private static Site site(byte[] yaml, List<Finding> findings) {
        try {
            return SiteReader.read(yaml);
        } catch (MalformedInputException e) {
            findings.add(Finding.error("SITE-MALFORMED", e.path(), e.getMessage(), "See docs/mud-manager/site-file.md."));
            return null;
        }
    }

    private static List<MudPolicy> policies(List<byte[]> files, List<Finding> findings) {
        List<MudPolicy> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                MudPolicy p = MudPolicyReader.read(files.get(i));
                out.add(p);
                findings.addAll(p.findings());
            } catch (MalformedInputException e) {
                findings.add(Finding.error("MUD-MALFORMED", "/files/" + i + e.path(), e.getMessage(), ""));
            }
        }
        return out;
    }
}
