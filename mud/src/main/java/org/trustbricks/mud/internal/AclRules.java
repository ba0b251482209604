package org.trustbricks.mud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.mud.internal.fast.ValidationTree;

/** Rules on the policies and ACLs of a MUD file: references, ACL types, matches, URIs of abstractions. */
final class AclRules {

    private static final String ACLS_KEY = "ietf-access-control-list:acls";

    private final ValidationTree tree;
    private final JsonNode root;
    private final List<Finding> findings;

    AclRules(ValidationTree tree, JsonNode root, List<Finding> findings) {
        this.tree = tree;
        this.root = root;
        this.findings = findings;
    }

    void check(JsonNode mud, String mudPath) {
        Map<String, String> direction = new HashMap<>();
        policy(mud, mudPath, "from-device-policy", direction);
        policy(mud, mudPath, "to-device-policy", direction);
        JsonNode acls = Json.get(root.get(ACLS_KEY), Json.ACL, "acl");
        List<JsonNode> list = Json.array(acls);
        if (direction.isEmpty() && list.isEmpty()) {
            findings.add(Finding.warning(Codes.NO_POLICY, mudPath, "the file names no ACL, so the device may talk to nothing but "
                    + "what the MUD manager allows by default", "add from-device-policy and to-device-policy"));
        }
        String aclsPath = JsonPointer.of(ACLS_KEY, Json.key(root.get(ACLS_KEY), Json.ACL, "acl"));
        for (int i = 0; i < list.size(); i++) {
            JsonNode acl = list.get(i);
            String name = Json.text(Json.get(acl, Json.ACL, "name"));
            String path = JsonPointer.append(aclsPath, i);
            String dir = name == null ? null : direction.get(name);
            if (name != null && dir == null) {
                findings.add(Finding.warning(Codes.ACL_UNUSED, path, "ACL \"" + name + "\" is not used by any policy", "remove it or add it to a policy"));
            }
            acl(acl, path, dir);
        }
    }

    private void policy(JsonNode mud, String mudPath, String policy, Map<String, String> direction) {
        JsonNode lists = Json.get(Json.get(Json.get(mud, Json.MUD, policy), Json.MUD, "access-lists"), Json.MUD, "access-list");
        List<JsonNode> entries = Json.array(lists);
        for (int i = 0; i < entries.size(); i++) {
            String name = Json.text(Json.get(entries.get(i), Json.MUD, "name"));
            if (name == null) {
                continue;
            }
            String previous = direction.put(name, direction.containsKey(name) && !direction.get(name).equals(policy) ? "both" : policy);
            if (previous != null && !previous.equals(policy) && !"both".equals(previous)) {
                findings.add(Finding.warning(Codes.ACL_BOTH_DIRECTIONS, JsonPointer.of("ietf-mud:mud", policy, "access-lists", "access-list", i),
                        "ACL \"" + name + "\" is used by both from-device-policy and to-device-policy",
                        "use one ACL per direction; source and destination matches mean opposite things in each"));
            }
        }
    }

    private void acl(JsonNode acl, String path, String dir) {
        String type = Json.text(Json.get(acl, Json.ACL, "type"));
        String name = Json.text(Json.get(acl, Json.ACL, "name"));
        if (type == null && dir != null) {
            findings.add(Finding.warning(Codes.ACL_TYPE_MISSING, path, "ACL \"" + name + "\" has no type",
                    "set type, for example ipv4-acl-type, to match what its entries match on"));
        }
        JsonNode aces = Json.get(Json.get(acl, Json.ACL, "aces"), Json.ACL, "ace");
        String acesPath = path + "/" + Json.key(acl, Json.ACL, "aces") + "/" + Json.key(Json.get(acl, Json.ACL, "aces"), Json.ACL, "ace");
        List<JsonNode> list = Json.array(aces);
        for (int i = 0; i < list.size(); i++) {
            JsonNode matches = Json.get(list.get(i), Json.ACL, "matches");
            if (matches != null && matches.isObject()) {
                matches(matches, acesPath + "/" + i + "/" + Json.key(list.get(i), Json.ACL, "matches"), type, name, dir);
            }
        }
    }

    private void matches(JsonNode matches, String path, String type, String aclName, String dir) {
        typeFits(matches, path, type, aclName, "eth", "eth-acl-type");
        typeFits(matches, path, type, aclName, "ipv4", "ipv4-acl-type");
        typeFits(matches, path, type, aclName, "ipv6", "ipv6-acl-type");
        for (String l3 : List.of("ipv4", "ipv6")) {
            JsonNode ip = Json.get(matches, Json.ACL, l3);
            if (ip == null || !ip.isObject()) {
                continue;
            }
            String ipPath = path + "/" + Json.key(matches, Json.ACL, l3);
            protocol(matches, ip, ipPath, l3);
            if ("from-device-policy".equals(dir) && ip.has("ietf-acldns:src-dnsname")) {
                dnsDirection(ipPath + "/ietf-acldns:src-dnsname", "src-dnsname", "from-device", "dst-dnsname");
            }
            if ("to-device-policy".equals(dir) && ip.has("ietf-acldns:dst-dnsname")) {
                dnsDirection(ipPath + "/ietf-acldns:dst-dnsname", "dst-dnsname", "to-device", "src-dnsname");
            }
        }
        JsonNode mud = matches.get("ietf-mud:mud");
        if (mud != null && mud.isObject()) {
            String mudPath = path + "/ietf-mud:mud";
            abstractionUri(mud, mudPath, "controller", false);
            abstractionUri(mud, mudPath, "model", true);
        }
    }

    private void typeFits(JsonNode matches, String path, String type, String aclName, String match, String identity) {
        if (type == null || Json.get(matches, Json.ACL, match) == null) {
            return;
        }
        if (!RfcRules.derived(tree, type, identity)) {
            findings.add(Finding.warning(Codes.ACL_TYPE_MISMATCH, path + "/" + Json.key(matches, Json.ACL, match),
                    "an " + match + " match in ACL \"" + aclName + "\" of type " + type
                            + " (accepted by YANG only because the when condition looks at every ACL of the file)",
                    "give the ACL a type that covers " + match + ", or move the entry to an ACL of that type"));
        }
    }

    private void protocol(JsonNode matches, JsonNode ip, String ipPath, String l3) {
        JsonNode protocol = Json.get(ip, Json.ACL, "protocol");
        if (protocol == null || !protocol.isIntegralNumber()) {
            return;
        }
        int p = protocol.asInt();
        String l4 = Json.get(matches, Json.ACL, "tcp") != null ? "tcp"
                : Json.get(matches, Json.ACL, "udp") != null ? "udp"
                : Json.get(matches, Json.ACL, "icmp") != null ? "icmp" : null;
        if (l4 == null) {
            return;
        }
        int expected = switch (l4) {
            case "tcp" -> 6;
            case "udp" -> 17;
            default -> "ipv6".equals(l3) ? 58 : 1;
        };
        if (p != expected) {
            findings.add(Finding.error(Codes.PROTOCOL_MISMATCH, ipPath + "/" + Json.key(ip, Json.ACL, "protocol"),
                    "protocol " + p + " contradicts the " + l4 + " match (" + l4 + " is protocol " + expected + ")",
                    "set protocol to " + expected + " or use the matching layer-4 container"));
        }
    }

    private void dnsDirection(String path, String leaf, String direction, String other) {
        findings.add(Finding.warning(Codes.DNSNAME_DIRECTION, path, leaf + " in a " + direction
                + " ACL names the device itself, not the remote service", "use " + other + " for the remote side"));
    }

    private void abstractionUri(JsonNode mud, String path, String leaf, boolean httpsOnly) {
        String text = Json.text(mud.get(leaf));
        if (text == null) {
            return;
        }
        URI uri = Uris.absolute(text);
        if (uri == null) {
            findings.add(Finding.error(Codes.URI_MALFORMED, path + "/" + leaf, leaf + " \"" + text
                    + "\" is not a well-formed absolute URI (RFC 3986)", ""));
        } else if (httpsOnly && !Uris.isHttpsUrl(uri)) {
            findings.add(Finding.error(Codes.URI_NOT_HTTPS, path + "/" + leaf, leaf + " must be a MUD URL (https); it is \""
                    + text + "\"", ""));
        } else if (!httpsOnly && uri.getScheme().toLowerCase(Locale.ROOT).equals("http")) {
            findings.add(Finding.warning(Codes.URI_NOT_HTTPS, path + "/" + leaf, leaf + " class \"" + text
                    + "\" uses http; controller classes are URNs or https URIs", ""));
        }
    }
}
