package org.trustbricks.mud.build;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.build.MudSpec.IpVersion;
import org.trustbricks.mud.internal.MudJson;

/** Turns a {@link MudSpec} into a MUD file that validates strictly, or says why it cannot. Thread-safe. */
public final class MudBuilder {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final MudValidator validator;
    private final Clock clock;

    private MudBuilder(MudValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** A builder that checks its output with {@code validator} and stamps files with {@code clock}'s time by default. */
    public static MudBuilder using(MudValidator validator, Clock clock) {
        return new MudBuilder(validator, clock);
    }

    /** The MUD file (UTF-8 JSON) for a spec. */
    public byte[] build(MudSpec spec) throws InvalidMudSpecException {
        List<Finding> problems = SpecChecks.check(spec);
        if (!problems.isEmpty()) {
            throw InvalidMudSpecException.of(problems);
        }
        byte[] json = MudJson.bytes(document(spec));
        MudReport report = validator.validate(json, Mode.STRICT, spec.mudUrl());
        if (!report.valid()) {
            throw InvalidMudSpecException.of(report.errors());
        }
        return json;
    }

    private ObjectNode document(MudSpec spec) {
        ObjectNode root = F.objectNode();
        ObjectNode mud = root.putObject("ietf-mud:mud");
        mud.put("mud-version", 1);
        mud.put("mud-url", spec.mudUrl());
        mud.put("last-update", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                (spec.lastUpdate() != null ? spec.lastUpdate() : clock.instant()).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        mud.put("mud-signature", spec.signatureUrl() != null ? spec.signatureUrl() : signatureUrl(spec.mudUrl()));
        mud.put("cache-validity", spec.cacheValidityHours() != null ? spec.cacheValidityHours() : 48);
        mud.put("is-supported", spec.supported() == null || spec.supported());
        mud.put("systeminfo", spec.systemInfo() != null && !spec.systemInfo().isBlank() ? spec.systemInfo()
                : spec.manufacturer() + " " + spec.model());
        mud.put("mfg-name", spec.manufacturer());
        mud.put("model-name", spec.model());
        putIfPresent(mud, "firmware-rev", spec.firmwareRev());
        putIfPresent(mud, "software-rev", spec.softwareRev());
        putIfPresent(mud, "documentation", spec.documentation());
        if (!spec.sboms().isEmpty() || !spec.vulnerabilityUrls().isEmpty()) {
            mud.putArray("extensions").add("transparency");
            ObjectNode t = mud.putObject("ietf-mud-transparency:transparency");
            if (!spec.sboms().isEmpty()) {
                ArrayNode sboms = t.putArray("sboms");
                spec.sboms().forEach(s -> sboms.addObject().put("version-info", s.version()).put("sbom-url", s.url()));
            }
            if (!spec.vulnerabilityUrls().isEmpty()) {
                ArrayNode vulns = t.putArray("vuln-url");
                spec.vulnerabilityUrls().forEach(vulns::add);
            }
        }
        String slug = slug(spec.model());
        List<IpVersion> versions = spec.ipVersions().stream().sorted().toList();
        ArrayNode from = mud.putObject("from-device-policy").putObject("access-lists").putArray("access-list");
        ArrayNode to = mud.putObject("to-device-policy").putObject("access-lists").putArray("access-list");
        ArrayNode acls = root.putObject("ietf-access-control-list:acls").putArray("acl");
        for (IpVersion v : versions) {
            String tag = v == IpVersion.IPV4 ? "v4" : "v6";
            String fromName = slug + "-" + tag + "fr";
            String toName = slug + "-" + tag + "to";
            from.addObject().put("name", fromName);
            to.addObject().put("name", toName);
            acls.add(acl(fromName, v, spec.rules(), true));
            acls.add(acl(toName, v, spec.rules(), false));
        }
        return root;
    }

    private static ObjectNode acl(String name, IpVersion v, List<MudRule> rules, boolean fromDevice) {
        ObjectNode acl = F.objectNode();
        acl.put("name", name);
        acl.put("type", v == IpVersion.IPV4 ? "ipv4-acl-type" : "ipv6-acl-type");
        if (rules.isEmpty()) {
            return acl;
        }
        ArrayNode aces = acl.putObject("aces").putArray("ace");
        for (int i = 0; i < rules.size(); i++) {
            aces.add(Aces.ace(rules.get(i), i, v, fromDevice));
        }
        return acl;
    }

    private static String signatureUrl(String mudUrl) {
        return mudUrl.endsWith(".json") ? mudUrl.substring(0, mudUrl.length() - 5) + ".p7s" : mudUrl + ".p7s";
    }

    static String slug(String model) {
        String s = model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 32 ? s.substring(0, 32).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "mud" : s;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
