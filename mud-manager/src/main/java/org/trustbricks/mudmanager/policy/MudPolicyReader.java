package org.trustbricks.mudmanager.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;

/**
 * Reads the enforceable part of an RFC 8520 MUD file (JSON) into a {@link MudPolicy}. ACEs that use matches this
 * manager cannot enforce are left out (so they allow nothing) and reported; nothing unknown is treated as allow.
 */
public final class MudPolicyReader {

    /** Size limit for MUD files read from bytes. */
    public static final int MAX_BYTES = 4 << 20;
    private static final UntrustedJson JSON = UntrustedJson.withLimits(MAX_BYTES, 64);

    private MudPolicyReader() {
    }

    /** Parses untrusted bytes. */
    public static MudPolicy read(byte[] bytes) throws MalformedInputException {
        return read(JSON.read(bytes));
    }

    /** Reads an already-parsed MUD document. */
    public static MudPolicy read(JsonNode doc) throws MalformedInputException {
        JsonNode mud = doc.path("ietf-mud:mud");
        if (!mud.isObject()) {
            throw new MalformedInputException("Not a MUD file: no \"ietf-mud:mud\" object", "/ietf-mud:mud", null);
        }
        List<Finding> findings = new ArrayList<>();
        String url = mud.path("mud-url").asText(null);
        if (url == null) {
            throw new MalformedInputException("The MUD file has no mud-url", "/ietf-mud:mud/mud-url", null);
        }
        boolean supported = mud.path("is-supported").asBoolean(true);
        if (!supported) {
            findings.add(Finding.warning("MUD-NOT-SUPPORTED", "/ietf-mud:mud/is-supported",
                    "The manufacturer no longer supports this device (is-supported: false).",
                    "Consider replacing the device; its policy is still enforced as written."));
        }
        List<String> extensions = new ArrayList<>();
        for (JsonNode e : arrayAt(mud.path("extensions"))) {
            extensions.add(e.asText());
            findings.add(Finding.warning("MUD-EXTENSION-UNKNOWN", "/ietf-mud:mud/extensions",
                    "The MUD file uses the extension '" + e.asText() + "', which this manager does not interpret; "
                            + "only the standard ACEs are enforced and nothing extra is allowed.", ""));
        }
        Map<String, JsonNode> acls = new HashMap<>();
        for (JsonNode acl : arrayAt(doc.path("ietf-access-control-list:acls").path("acl"))) {
            acls.put(acl.path("name").asText(), acl);
        }
        List<AceRule> rules = new ArrayList<>();
        for (Direction d : Direction.values()) {
            String policy = d == Direction.FROM_DEVICE ? "from-device-policy" : "to-device-policy";
            JsonNode refs = arrayAt(mud.path(policy).path("access-lists").path("access-list"));
            for (int i = 0; i < refs.size(); i++) {
                String name = refs.get(i).path("name").asText();
                JsonNode acl = acls.get(name);
                String path = "/ietf-mud:mud/" + policy + "/access-lists/access-list/" + i;
                if (acl == null) {
                    findings.add(Finding.warning("MUD-ACL-MISSING", path, "The policy names ACL '" + name
                            + "', which the file does not define; it allows nothing.", ""));
                    continue;
                }
                AceReader.readAcl(acl, d, rules, findings);
            }
        }
        int validity = mud.path("cache-validity").asInt(48);
        return new MudPolicy(url, supported, validity < 1 || validity > 168 ? 48 : validity,
                mud.path("systeminfo").asText(null), extensions, rules, findings);
    }

    /** The node when it is an array, else an empty array (wrongly shaped input allows nothing). */
    static JsonNode arrayAt(JsonNode n) {
        return n.isArray() ? n : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    static String authority(String url) {
        try {
            URI u = new URI(url);
            return u.getRawAuthority() == null ? null : u.getRawAuthority().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String stripPrefix(String identity) {
        int colon = identity.indexOf(':');
        return colon < 0 ? identity : identity.substring(colon + 1);
    }
}
