package org.trustbricks.mud;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.quicktheories.core.Gen;
import org.trustbricks.mud.build.InvalidMudSpecException;
import org.trustbricks.mud.build.MudBuilder;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;

/** Generators of MUD files: valid ones from the builder, and broken ones made by mutating a value, a name or a member. */
final class GeneratedMud {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MudBuilder BUILDER = MudBuilder.using(MudValidator.create(),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));

    private static final Gen<String> LABEL = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    private static final Gen<String> DNS = in -> LABEL.generate(in) + "." + LABEL.generate(in) + ".example";
    /** Printable ASCII that starts with a letter (the builder refuses blank names). */
    private static final Gen<String> TEXT = LABEL.zip(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 30), String::concat);

    private static final Gen<MudRule> RULE = in -> {
        MudRule.Target target = arbitrary().enumValues(MudRule.Target.class).generate(in);
        MudRule.Protocol protocol = arbitrary().enumValues(MudRule.Protocol.class).generate(in);
        String value = switch (target) {
            case CLOUD, MANUFACTURER -> DNS.generate(in);
            case MODEL -> "https://" + DNS.generate(in) + "/m.json";
            case CONTROLLER -> arbitrary().pick(List.of("urn:ietf:params:mud:dns", "https://" + DNS.generate(in) + "/c")).generate(in);
            default -> null;
        };
        boolean ported = (protocol == MudRule.Protocol.TCP || protocol == MudRule.Protocol.UDP) && integers().between(0, 3).generate(in) > 0;
        return new MudRule(target, value, protocol, ported ? integers().between(1, 65535).generate(in) : null,
                arbitrary().enumValues(MudRule.Initiator.class).generate(in));
    };

    /** Valid MUD files as the builder writes them. */
    static final Gen<String> VALID = in -> {
        String host = DNS.generate(in);
        MudSpec.Builder b = MudSpec.builder("https://" + host + "/mud/d.json", TEXT.generate(in), TEXT.generate(in))
                .cacheValidityHours(integers().between(1, 168).generate(in))
                .supported(integers().between(0, 4).generate(in) > 0);
        int rules = integers().between(0, 6).generate(in);
        for (int i = 0; i < rules; i++) {
            b.rule(RULE.generate(in));
        }
        if (integers().between(0, 2).generate(in) == 0) {
            b.sbom("v1", "https://" + host + "/sbom.json");
        }
        if (integers().between(0, 3).generate(in) == 0) {
            b.vulnerabilityUrl("https://" + host + "/csaf.json");
        }
        b.ipVersions(arbitrary().pick(List.of(EnumSet.of(MudSpec.IpVersion.IPV4), EnumSet.of(MudSpec.IpVersion.IPV6),
                EnumSet.allOf(MudSpec.IpVersion.class))).generate(in));
        try {
            return new String(BUILDER.build(b.build()), StandardCharsets.UTF_8);
        } catch (InvalidMudSpecException e) {
            throw new IllegalStateException(e);
        }
    };

    /** Values a mutation may put anywhere: wrong kinds, edge numbers, near-miss strings of the MUD types. */
    private static final List<String> VALUES = List.of("\"\"", "\"x\"", "\"1\"", "0", "1", "-1", "6", "17", "255", "256", "300",
            "65535", "65536", "1.5", "4.8e1", "true", "false", "null", "[null]", "[]", "{}", "[1]", "\"2026-11-21T12:00:00\"",
            "\"2026-11-21T12:00:00Z\"", "\"2026-11-21t12:00:00z\"", "\"10.0.0.0/33\"", "\"10.0.0.0/8\"", "\"192.0.2.1\"",
            "\"2001:db8::/32\"", "\"ietf-access-control-list:accept\"", "\"accept\"", "\"drop\"", "\"ipv4-acl-type\"",
            "\"eth-acl-type\"", "\"ietf-access-control-list:ipv6-acl-type\"", "\"mixed-eth-ipv4-acl-type\"", "\"eq\"", "\"range\"",
            "\"lte\"", "\"neq\"", "\"0x0800\"", "\"ipv4\"", "2048", "\"from-device\"", "\"to-device\"", "\"any\"",
            "\"bad host!\"", "\"api..example.com\"", "\"example.com\"", "\"https://example.com/x.json\"", "\"http://x\"",
            "\"urn:ietf:params:mud:dns\"", "\"syn ack\"", "\"bogus\"", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            "\"fr-v4\"", "\"to-v4\"", "\"no-such-acl\"", "\"transparency\"", "\"ietf-mud-tls\"", "{\"x\": 1}", "[{}]");

    private static final List<String> NAMES = List.of("x", "ietf-mud:x", "mud-version", "ietf-mud:mud-version", "is-supported",
            "name", "type", "lower-port", "upper-port", "operator", "port", "tcp", "udp", "icmp", "eth", "ipv4", "ipv6",
            "ietf-acldns:dst-dnsname", "ietf-acldns:src-dnsname", "destination-ipv4-network", "ietf-mud:mud", "flags",
            "ietf-mud:direction-initiated", "ietf-access-control-list:acls", "@", "ietf-interfaces:interfaces", "ethertype",
            "source-port", "destination-port", "local-networks", "controller", "my-controller", "manufacturer", "same-manufacturer");

    /** Builder files with one to three random mutations: a value replaced, a member removed, renamed or added. */
    static final Gen<String> BROKEN = in -> {
        try {
            JsonNode root = MAPPER.readTree(VALID.generate(in));
            int mutations = integers().between(1, 3).generate(in);
            for (int m = 0; m < mutations; m++) {
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                JsonNode target = containers.get(integers().between(0, containers.size() - 1).generate(in));
                int kind = integers().between(0, 3).generate(in);
                JsonNode value = MAPPER.readTree(arbitrary().pick(VALUES).generate(in));
                if (target instanceof ObjectNode o && !o.isEmpty()) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    String name = names.get(integers().between(0, names.size() - 1).generate(in));
                    switch (kind) {
                        case 0 -> o.remove(name);
                        case 1 -> o.set(arbitrary().pick(NAMES).generate(in), value);
                        case 2 -> o.set(arbitrary().pick(NAMES).generate(in), o.remove(name));
                        default -> o.set(name, value);
                    }
                } else if (target instanceof ArrayNode a && !a.isEmpty()) {
                    int i = integers().between(0, a.size() - 1).generate(in);
                    switch (kind) {
                        case 0 -> a.remove(i);
                        case 1 -> a.add(a.get(i).deepCopy());
                        default -> a.set(i, value);
                    }
                }
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    };

    private GeneratedMud() {
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
