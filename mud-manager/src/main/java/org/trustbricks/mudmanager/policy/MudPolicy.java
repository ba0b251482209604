package org.trustbricks.mudmanager.policy;

import java.util.List;
import org.trustbricks.common.Finding;

/**
 * The enforceable content of a MUD file: its URL and its ACEs in evaluation order.
 *
 * @param mudUrl        the file's own mud-url
 * @param isSupported   the is-supported flag
 * @param cacheValidity hours (default 48)
 * @param systemInfo    systeminfo, or null
 * @param extensions    extension names declared
 * @param rules         ACEs of the from-device and to-device policies, in order
 * @param findings      what could not be enforced as written, and what an administrator should know
 */
public record MudPolicy(String mudUrl, boolean isSupported, int cacheValidity, String systemInfo,
        List<String> extensions, List<AceRule> rules, List<Finding> findings) {

    public MudPolicy {
        extensions = List.copyOf(extensions);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** The authority (host[:port]) of the MUD URL, lower case, or null when it has none. */
    public String authority() {
        return MudPolicyReader.authority(mudUrl);
    }
}
