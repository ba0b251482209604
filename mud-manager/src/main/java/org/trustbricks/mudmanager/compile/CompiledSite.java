package org.trustbricks.mudmanager.compile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.net.AddressSet;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.site.Resolution;
import org.trustbricks.mudmanager.site.Site;

/**
 * The result of binding MUD policies to a site: ready to render or to answer flow questions.
 *
 * @param site       the site it was compiled for
 * @param policies   the MUD policies used
 * @param devices    per-device rules
 * @param sets       shared named address sets (DNS names, abstractions, servers)
 * @param dnsAnswers the DNS answers used, by name
 * @param compiledAt when it was compiled
 * @param expiresAt  when the first DNS answer expires (re-resolve then, see {@link SiteCompiler#refresh})
 * @param findings   what an administrator should know
 */
public record CompiledSite(Site site, List<MudPolicy> policies, List<CompiledDevice> devices,
        Map<String, AddressSet> sets, Map<String, Resolution> dnsAnswers, Instant compiledAt, Instant expiresAt,
        List<Finding> findings) {

    public CompiledSite {
        policies = List.copyOf(policies);
        devices = List.copyOf(devices);
        sets = Map.copyOf(sets);
        dnsAnswers = Map.copyOf(dnsAnswers);
        findings = List.copyOf(findings);
    }
}
