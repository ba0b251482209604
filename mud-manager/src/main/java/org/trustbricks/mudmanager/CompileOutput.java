package org.trustbricks.mudmanager;

import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.compile.RuleView;

/**
 * Rules for a site.
 *
 * @param format    the format rendered
 * @param ruleset   nftables text, or iptables-restore text (IPv4 then, after a line {@code # ip6tables-restore},
 *                  IPv6); empty for JSON
 * @param rules     the neutral rule list (always filled)
 * @param devices   devices compiled
 * @param expiresAt when DNS answers expire and the rules should be re-rendered (ISO-8601)
 * @param findings  problems with the inputs, unenforceable ACEs, unresolved names, unmapped controllers
 */
public record CompileOutput(RenderFormat format, String ruleset, List<RuleView> rules, int devices, String expiresAt,
        List<Finding> findings) {

    public CompileOutput {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** True when no error-severity finding was raised. */
    public boolean ok() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
