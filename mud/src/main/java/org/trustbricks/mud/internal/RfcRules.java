package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.mud.internal.fast.ValidationTree;

/** The RFC 8520 rules that YANG cannot express (strict verdict), plus advice (warnings and notes). */
public final class RfcRules {

    /** Extension names (the {@code extensions} leaf-list) and the modules whose nodes they allow. */
    public static final Map<String, List<String>> EXTENSION_MODULES = Map.of(
            "transparency", List.of("ietf-mud-transparency"),
            "ietf-mud-tls", List.of("ietf-mud-tls", "ietf-acl-tls"));

    private final ValidationTree tree;
    private final JsonNode root;
    private final String expectedUrl;
    private final Map<String, String> modules;
    private final List<Finding> findings = new ArrayList<>();

    private RfcRules(ValidationTree tree, JsonNode root, String expectedUrl, Map<String, String> modules) {
        this.tree = tree;
        this.root = root;
        this.expectedUrl = expectedUrl;
        this.modules = modules;
    }

    /** Rule findings for a schema-checked document; {@code expectedUrl} (nullable) is where it was fetched or published. */
    public static List<Finding> check(ValidationTree tree, JsonNode root, String expectedUrl) {
        Map<String, String> used = new HashMap<>();
        collectModules(root, new java.util.ArrayDeque<>(), used);
        return check(tree, root, expectedUrl, used);
    }

    /** As {@link #check(ValidationTree, JsonNode, String)}, with the module prefixes in use already collected ({@link DocumentFacts}). */
    public static List<Finding> check(ValidationTree tree, JsonNode root, String expectedUrl, Map<String, String> modules) {
        RfcRules rules = new RfcRules(tree, root, expectedUrl, modules);
        if (root.isObject()) {
            rules.run();
        }
        return rules.findings;
    }

    private void run() {
        String mudKey = "ietf-mud:mud";
        JsonNode mud = root.get(mudKey);
        if (mud == null || !mud.isObject()) {
            error(Codes.MUD_MISSING, "", "the file has no \"ietf-mud:mud\" container, so it is no MUD file");
            return;
        }
        String base = JsonPointer.of(mudKey);
        JsonNode version = mud.get("mud-version");
        if (version != null && version.isIntegralNumber() && version.asInt() != 1) {
            error(Codes.VERSION, JsonPointer.append(base, "mud-version"), "mud-version is " + version + "; RFC 8520 defines version 1 only");
        }
        URI mudUrl = mudUrl(mud, base);
        signatureUrl(mud, base, mudUrl);
        uri(mud, "documentation", base, false);
        extensions(mud, base);
        lastUpdate(mud, base);
        JsonNode supported = mud.get("is-supported");
        if (supported != null && supported.isBoolean() && !supported.asBoolean()) {
            findings.add(Finding.info(Codes.NOT_SUPPORTED, JsonPointer.append(base, "is-supported"),
                    "the manufacturer no longer supports this device (is-supported is false)", ""));
        }
        new AclRules(tree, root, findings).check(mud, base);
    }

    private URI mudUrl(JsonNode mud, String base) {
        String text = Json.text(mud.get("mud-url"));
        String path = JsonPointer.append(base, "mud-url");
        if (text == null) {
            return null;
        }
        URI uri = Uris.absolute(text);
        if (uri == null) {
            error(Codes.URI_MALFORMED, path, "mud-url \"" + text + "\" is not a well-formed absolute URI (RFC 3986)");
            return null;
        }
        if (!Uris.isHttpsUrl(uri)) {
            findings.add(Finding.error(Codes.URL_NOT_HTTPS, path, "mud-url must be an https URL with a host and no fragment (RFC 8520); it is \""
                    + text + "\"", "publish the file over https and put that URL here"));
        }
        if (expectedUrl != null && !expectedUrl.equals(text)) {
            error(Codes.URL_MISMATCH, path, "mud-url \"" + text + "\" is not the URL the file comes from (\"" + expectedUrl + "\")");
        }
        return uri;
    }

    private void signatureUrl(JsonNode mud, String base, URI mudUrl) {
        String text = Json.text(mud.get("mud-signature"));
        String path = JsonPointer.append(base, "mud-signature");
        if (text == null) {
            return;
        }
        URI ref = Uris.reference(text);
        if (ref == null) {
            error(Codes.URI_MALFORMED, path, "mud-signature \"" + text + "\" is not a well-formed URI (RFC 3986)");
            return;
        }
        URI resolved = mudUrl != null ? mudUrl.resolve(ref) : ref;
        if (resolved.isAbsolute() && !Uris.isHttpsUrl(resolved)) {
            error(Codes.URI_NOT_HTTPS, path, "mud-signature must resolve to an https URL; it is \"" + resolved + "\"");
        } else if (mudUrl != null && mudUrl.getHost() != null && resolved.getHost() != null
                && !mudUrl.getHost().equalsIgnoreCase(resolved.getHost())) {
            findings.add(Finding.warning(Codes.SIGNATURE_URL_ELSEWHERE, path, "the signature is on another host ("
                    + resolved.getHost() + ") than the MUD file (" + mudUrl.getHost() + ")", "serve the signature beside the file"));
        }
    }

    private void uri(JsonNode mud, String leaf, String base, boolean httpsOnly) {
        String text = Json.text(mud.get(leaf));
        if (text == null) {
            return;
        }
        String path = JsonPointer.append(base, leaf);
        URI uri = Uris.absolute(text);
        if (uri == null) {
            error(Codes.URI_MALFORMED, path, leaf + " \"" + text + "\" is not a well-formed absolute URI (RFC 3986)");
        } else if (!"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            Finding f = httpsOnly
                    ? Finding.error(Codes.URI_NOT_HTTPS, path, leaf + " must use https; it is \"" + text + "\"", "")
                    : Finding.warning(Codes.URI_NOT_HTTPS, path, leaf + " does not use https: \"" + text + "\"", "link to an https page");
            findings.add(f);
        }
    }

    private void extensions(JsonNode mud, String base) {
        Set<String> declared = new LinkedHashSet<>();
        JsonNode ext = mud.get("extensions");
        List<JsonNode> names = Json.array(ext);
        for (int i = 0; i < names.size(); i++) {
            String name = Json.text(names.get(i));
            if (name == null) {
                continue;
            }
            declared.add(name);
            if (!EXTENSION_MODULES.containsKey(name)) {
                findings.add(Finding.warning(Codes.EXTENSION_UNKNOWN, JsonPointer.of("ietf-mud:mud", "extensions", i),
                        "extension \"" + name + "\" is not known to this validator; a MUD manager may ignore it", ""));
            }
        }
        for (Map.Entry<String, String> e : modules.entrySet()) {
            for (Map.Entry<String, List<String>> ext2 : EXTENSION_MODULES.entrySet()) {
                if (ext2.getValue().contains(e.getKey()) && !declared.contains(ext2.getKey())) {
                    error(Codes.EXTENSION_UNDECLARED, e.getValue(), "nodes of module " + e.getKey()
                            + " are used but \"extensions\" does not declare \"" + ext2.getKey() + "\"");
                }
            }
        }
    }

    private static void collectModules(JsonNode node, java.util.ArrayDeque<Object> at, Map<String, String> used) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> m = it.next();
                at.addLast(m.getKey());
                int colon = m.getKey().indexOf(':');
                if (colon > 0 && !used.containsKey(m.getKey().substring(0, colon))) {
                    used.put(m.getKey().substring(0, colon), JsonPointer.of(at.toArray()));
                }
                collectModules(m.getValue(), at, used);
                at.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.addLast(i);
                collectModules(node.get(i), at, used);
                at.removeLast();
            }
        }
    }

    private void lastUpdate(JsonNode mud, String base) {
        String text = Json.text(mud.get("last-update"));
        if (text == null) {
            return;
        }
        try {
            java.time.Instant t = Timestamps.instant(text);
            if (t.isAfter(java.time.Instant.now().plusSeconds(86_400))) {
                findings.add(Finding.warning(Codes.LAST_UPDATE_FUTURE, JsonPointer.append(base, "last-update"),
                        "last-update " + text + " lies in the future", "set it to the time the file was generated"));
            }
        } catch (DateTimeParseException e) {
            // The schema checks already report a malformed date-and-time.
        }
    }

    /** Answers of {@link #derived} for the identity names seen so far (bounded: names come from untrusted files). */
    private static final Map<String, Boolean> DERIVED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int DERIVED_CACHE_LIMIT = 4096;

    static boolean derived(ValidationTree tree, String value, String identity) {
        if (value == null) {
            return false;
        }
        String key = value + '\u0000' + identity;
        Boolean known = DERIVED.get(key);
        if (known != null) {
            return known;
        }
        boolean answer = tree.derivedFromOrSelf(value, Json.ACL, identity);
        if (DERIVED.size() < DERIVED_CACHE_LIMIT) {
            DERIVED.put(key, answer);
        }
        return answer;
    }

    private void error(String code, String path, String message) {
        findings.add(Finding.error(code, path, message, ""));
    }
}
