package org.trustbricks.mud.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.trustbricks.common.JsonPointer;

/**
 * Mechanical conversion of the pre-RFC "mudgee" dialect (UNSW profiles) into RFC 8520 JSON. Only changes whose
 * meaning is certain are made; anything else is refused with the reason.
 */
public final class LegacyRepair {

    private static final String OLD_ACLS = "ietf-access-control-list:access-lists";
    private static final String ACLS = "ietf-access-control-list:acls";
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,4}");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private static final Set<String> EMPTY_LEAVES = Set.of("same-manufacturer", "local-networks", "my-controller");

    /** The internal outcome: the repaired tree plus the lists. */
    public record Outcome(ObjectNode document, List<RepairChange> changes, List<RepairChange> refusals) {
    }

    private final List<RepairChange> changes = new ArrayList<>();
    private final List<RepairChange> refusals = new ArrayList<>();
    private boolean renamed;

    private LegacyRepair() {
    }

    /** True when the document shows a construct of the legacy dialect at the top level. */
    public static boolean looksLegacy(JsonNode root) {
        return root.isObject() && root.has(OLD_ACLS);
    }

    /** Repairs a copy of {@code root}; the argument is not modified. */
    public static Outcome repair(JsonNode root) {
        LegacyRepair r = new LegacyRepair();
        if (!root.isObject()) {
            r.refusals.add(new RepairChange("", "the document is not a JSON object"));
            return new Outcome(JsonNodeFactory.instance.objectNode(), r.changes, r.refusals);
        }
        ObjectNode doc = renameTopLevel(((ObjectNode) root).deepCopy(), r);
        r.walk(doc, "", null);
        JsonNode acls = doc.get(ACLS);
        if (acls != null && acls.get("acl") != null && acls.get("acl").isArray()) {
            for (int i = 0; i < acls.get("acl").size(); i++) {
                r.aclType(acls.get("acl").get(i), JsonPointer.of(ACLS, "acl", i));
            }
        }
        return new Outcome(doc, r.changes, r.refusals);
    }

    private static ObjectNode renameTopLevel(ObjectNode doc, LegacyRepair r) {
        if (!doc.has(OLD_ACLS)) {
            return doc;
        }
        if (doc.has(ACLS)) {
            r.refusals.add(new RepairChange(JsonPointer.of(OLD_ACLS), "the file has both \"" + OLD_ACLS + "\" and \"" + ACLS
                    + "\"; which one is meant cannot be decided mechanically"));
            return doc;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        doc.fields().forEachRemaining(e -> out.set(e.getKey().equals(OLD_ACLS) ? ACLS : e.getKey(), e.getValue()));
        r.renamed = true;
        r.changes.add(new RepairChange(JsonPointer.of(OLD_ACLS), "renamed the pre-RFC top-level member \"" + OLD_ACLS
                + "\" to \"" + ACLS + "\" (RFC 8519)"));
        return out;
    }

    private void walk(JsonNode node, String ptr, String parentKey) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), JsonPointer.append(ptr, i), parentKey);
            }
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        String origPtr = original(ptr);
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            String key = e.getKey();
            String local = key.substring(key.indexOf(':') + 1);
            JsonNode v = e.getValue();
            String p = JsonPointer.append(origPtr, key);
            if (local.equals("ethertype") && v.isTextual() && HEX.matcher(v.asText()).matches()) {
                int value = Integer.parseInt(v.asText().substring(2), 16);
                object.set(key, IntNode.valueOf(value));
                changes.add(new RepairChange(p, "ethertype \"" + v.asText() + "\" written as the number " + value + " (RFC 7951 uint16)"));
            } else if (local.equals("type") && "ethernet-acl-type".equals(v.asText())) {
                object.set(key, TextNode.valueOf("eth-acl-type"));
                changes.add(new RepairChange(p, "ACL type \"ethernet-acl-type\" renamed to \"eth-acl-type\" (RFC 8519)"));
            } else if (local.endsWith("-ipv4-network") && v.isTextual() && !v.asText().contains("/")) {
                prefix(object, key, v.asText(), p, true);
            } else if (local.endsWith("-ipv6-network") && v.isTextual() && !v.asText().contains("/")) {
                prefix(object, key, v.asText(), p, false);
            } else if ((local.equals("source-port") || local.equals("destination-port")) && v instanceof ObjectNode port) {
                port(port, p);
            } else if (EMPTY_LEAVES.contains(local) && !(v.isArray() && v.size() == 1 && v.get(0).isNull())) {
                if (v.isNull() || (v.isArray() && v.isEmpty()) || v.isBoolean() && v.asBoolean()) {
                    object.set(key, JsonNodeFactory.instance.arrayNode().addNull());
                    changes.add(new RepairChange(p, local + " written as [null], the RFC 7951 encoding of an empty leaf (was " + v + ")"));
                }
            } else {
                walk(v, JsonPointer.append(ptr, key), key);
            }
        }
    }

    private void prefix(ObjectNode object, String key, String address, String p, boolean v4) {
        boolean isV4 = IPV4.matcher(address).matches();
        boolean isV6 = !isV4 && IPV6.matcher(address).matches() && parses(address);
        if (v4 && isV4 || !v4 && isV6) {
            String fixed = address + (v4 ? "/32" : "/128");
            object.set(key, TextNode.valueOf(fixed));
            changes.add(new RepairChange(p, "address \"" + address + "\" written as the host prefix \"" + fixed + "\""));
        } else {
            refusals.add(new RepairChange(p, "\"" + address + "\" is not an IPv" + (v4 ? "4" : "6") + " address, so it cannot be "
                    + "turned into an IPv" + (v4 ? "4" : "6") + " prefix; the entry must be rewritten by hand"));
        }
    }

    private static boolean parses(String address) {
        return com.google.common.net.InetAddresses.isInetAddress(address);
    }

    private void port(ObjectNode port, String p) {
        boolean range = port.has("lower-port") || port.has("upper-port");
        JsonNode operator = port.get("operator");
        if (!range || operator == null) {
            return;
        }
        if (port.has("port")) {
            refusals.add(new RepairChange(p, "the port match has both a range (lower-port/upper-port) and an operator with a "
                    + "port; which one is meant cannot be decided"));
            return;
        }
        port.remove("operator");
        changes.add(new RepairChange(JsonPointer.append(p, "operator"), "removed operator " + operator
                + " beside lower-port/upper-port: RFC 8519 expresses a range by lower-port and upper-port alone"));
    }

    private void aclType(JsonNode acl, String path) {
        if (!(acl instanceof ObjectNode object)) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (JsonNode ace : iterable(acl.path("aces").path("ace"))) {
            JsonNode matches = ace.path("matches");
            for (String m : List.of("eth", "ipv4", "ipv6")) {
                if (matches.has(m)) {
                    used.add(m);
                }
            }
        }
        String type = object.path("type").asText("");
        String local = type.substring(type.indexOf(':') + 1);
        Set<String> covered = switch (local) {
            case "eth-acl-type" -> Set.of("eth");
            case "ipv4-acl-type" -> Set.of("ipv4");
            case "ipv6-acl-type" -> Set.of("ipv6");
            case "mixed-eth-ipv4-acl-type" -> Set.of("eth", "ipv4");
            case "mixed-eth-ipv6-acl-type" -> Set.of("eth", "ipv6");
            case "mixed-ipv4-ipv6-acl-type" -> Set.of("ipv4", "ipv6");
            case "mixed-eth-ipv4-ipv6-acl-type" -> Set.of("eth", "ipv4", "ipv6");
            default -> null;
        };
        if (covered == null || covered.containsAll(used) || used.isEmpty()) {
            return;
        }
        Set<String> all = new TreeSet<>(covered);
        all.addAll(used);
        String fixed = switch (String.join("+", all)) {
            case "eth+ipv4" -> "mixed-eth-ipv4-acl-type";
            case "eth+ipv6" -> "mixed-eth-ipv6-acl-type";
            case "ipv4+ipv6" -> "mixed-ipv4-ipv6-acl-type";
            default -> "mixed-eth-ipv4-ipv6-acl-type";
        };
        object.set("type", TextNode.valueOf(fixed));
        changes.add(new RepairChange(original(JsonPointer.append(path, "type")), "ACL type \"" + type
                + "\" changed to \"" + fixed + "\" because its entries match on " + String.join(" and ", all)));
    }

    private String original(String ptr) {
        return renamed && ptr.startsWith("/" + ACLS) ? "/" + OLD_ACLS + ptr.substring(ACLS.length() + 1) : ptr;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            Iterator<JsonNode> it = node.elements();
            it.forEachRemaining(out::add);
        }
        return out;
    }
}
