package org.trustbricks.web.mud;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;

/**
 * The builder form's fields as typed (for showing them again) and their conversion into a {@link BuildRequest}.
 * Rule rows are parallel lists of form fields; empty rows are ignored.
 */
public record BuilderForm(String manufacturer, String modelSlug, String model, String systemInfo, String firmwareRev,
                          String softwareRev, String documentation, String cacheValidityHours, boolean supported,
                          boolean ipv4, boolean ipv6, List<Row> rules, List<Sbom> sboms, String vulnerabilityUrls) {

    /** One rule row as typed. */
    public record Row(String target, String value, String protocol, String port, String initiator) {
        boolean empty() {
            return target.isEmpty();
        }
    }

    /** One SBOM row as typed. */
    public record Sbom(String version, String url) {
    }

    /** An empty form for a manufacturer with a few blank rows. */
    static BuilderForm blank(String manufacturer, String modelSlug) {
        return new BuilderForm(manufacturer, modelSlug, "", "", "", "", "", "48", true, true, true, List.of(), List.of(), "")
                .withBlankRows(3);
    }

    /** The form filled from a stored builder input. */
    static BuilderForm of(String manufacturer, String modelSlug, BuildRequest r) {
        List<Row> rows = r.rules().stream().map(x -> new Row(x.target().name(), nz(x.value()), x.protocol().name(),
                x.port() == null ? "" : x.port().toString(), x.initiator().name())).toList();
        List<Sbom> sboms = r.sboms().stream().map(s -> new Sbom(nz(s.version()), nz(s.url()))).toList();
        boolean both = r.ipVersions().isEmpty();
        return new BuilderForm(manufacturer, modelSlug, nz(r.model()), nz(r.systemInfo()), nz(r.firmwareRev()),
                nz(r.softwareRev()), nz(r.documentation()), r.cacheValidityHours() == null ? "48" : r.cacheValidityHours().toString(),
                r.supported() == null || r.supported(), both || r.ipVersions().contains(MudSpec.IpVersion.IPV4),
                both || r.ipVersions().contains(MudSpec.IpVersion.IPV6), rows, sboms, String.join("\n", r.vulnerabilityUrls()))
                .withBlankRows(2);
    }

    /** The form as posted. */
    static BuilderForm from(Context ctx) {
        List<String> targets = ctx.formParams("rule.target");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            rows.add(new Row(at(targets, i), at(ctx.formParams("rule.value"), i), at(ctx.formParams("rule.protocol"), i),
                    at(ctx.formParams("rule.port"), i), at(ctx.formParams("rule.initiator"), i)));
        }
        List<String> versions = ctx.formParams("sbom.version");
        List<Sbom> sboms = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            sboms.add(new Sbom(at(versions, i), at(ctx.formParams("sbom.url"), i)));
        }
        return new BuilderForm(p(ctx, "manufacturer"), p(ctx, "modelSlug"), p(ctx, "model"), p(ctx, "systemInfo"),
                p(ctx, "firmwareRev"), p(ctx, "softwareRev"), p(ctx, "documentation"), p(ctx, "cacheValidityHours"),
                ctx.formParam("supported") != null, ctx.formParam("ipv4") != null, ctx.formParam("ipv6") != null, rows, sboms,
                p(ctx, "vulnerabilityUrls"));
    }

    /** The same form with {@code n} more blank rule rows and at least one blank SBOM row. */
    BuilderForm withBlankRows(int n) {
        List<Row> r = new ArrayList<>(rules.stream().filter(x -> !x.empty()).toList());
        for (int i = 0; i < n; i++) {
            r.add(new Row("", "", "TCP", "", "DEVICE"));
        }
        List<Sbom> s = new ArrayList<>(sboms.stream().filter(x -> !x.version().isEmpty() || !x.url().isEmpty()).toList());
        s.add(new Sbom("", ""));
        return new BuilderForm(manufacturer, modelSlug, model, systemInfo, firmwareRev, softwareRev, documentation,
                cacheValidityHours, supported, ipv4, ipv6, r, s, vulnerabilityUrls);
    }

    /** The builder input, with problems the form alone can detect added to {@code problems} (paths as in the API). */
    BuildRequest toRequest(List<Finding> problems) {
        List<MudRule> out = new ArrayList<>();
        List<Row> filled = rules.stream().filter(r -> !r.empty()).toList();
        for (int i = 0; i < filled.size(); i++) {
            Row r = filled.get(i);
            String at = "/rules/" + i;
            MudRule.Target target = parse(MudRule.Target.class, r.target(), at + "/target", problems);
            MudRule.Protocol protocol = parse(MudRule.Protocol.class, r.protocol(), at + "/protocol", problems);
            MudRule.Initiator initiator = parse(MudRule.Initiator.class, r.initiator(), at + "/initiator", problems);
            Integer port = null;
            if (!r.port().isBlank()) {
                try {
                    port = Integer.valueOf(r.port().strip());
                } catch (NumberFormatException e) {
                    problems.add(Finding.error("FORM-NUMBER", at + "/port", "the port must be a number from 1 to 65535", ""));
                }
            }
            out.add(new MudRule(target, r.value().isBlank() ? null : r.value().strip(), protocol, port, initiator));
        }
        Integer cv = null;
        if (!cacheValidityHours.isBlank()) {
            try {
                cv = Integer.valueOf(cacheValidityHours.strip());
            } catch (NumberFormatException e) {
                problems.add(Finding.error("FORM-NUMBER", "/cacheValidityHours", "the cache validity must be a number of hours (1-168)", ""));
            }
        }
        Set<MudSpec.IpVersion> ip = EnumSet.noneOf(MudSpec.IpVersion.class);
        if (ipv4) {
            ip.add(MudSpec.IpVersion.IPV4);
        }
        if (ipv6) {
            ip.add(MudSpec.IpVersion.IPV6);
        }
        if (ip.isEmpty()) {
            problems.add(Finding.error("FORM-IP", "/ipVersions", "choose IPv4, IPv6 or both", ""));
        }
        List<MudSpec.SbomLink> links = sboms.stream().filter(s -> !s.version().isBlank() || !s.url().isBlank())
                .map(s -> new MudSpec.SbomLink(s.version().strip(), s.url().strip())).toList();
        List<String> vulns = vulnerabilityUrls.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new BuildRequest(blankToNull(model), blankToNull(systemInfo), blankToNull(firmwareRev), blankToNull(softwareRev),
                blankToNull(documentation), cv, supported, ip, out, links, vulns);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path, List<Finding> problems) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error("FORM-CHOICE", path, "choose one of the listed options", ""));
            return type.getEnumConstants()[0];
        }
    }

    private static String at(List<String> list, int i) {
        return i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static String p(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
