package org.trustbricks.mud.build;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustbricks.common.Finding;
import org.trustbricks.common.JsonPointer;
import org.trustbricks.mud.internal.Uris;

/** Checks a {@link MudSpec} before it is turned into JSON; paths are JSON pointers into the spec. */
final class SpecChecks {

    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}\\.?$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?");
    private static final Pattern SBOM_URL = Pattern.compile("((coaps?)|(https?)):.*");
    private static final int MAX_TEXT = 1024;

    private final List<Finding> findings = new ArrayList<>();

    private SpecChecks() {
    }

    static List<Finding> check(MudSpec spec) {
        SpecChecks c = new SpecChecks();
        c.run(spec);
        return c.findings;
    }

    private void run(MudSpec spec) {
        URI url = Uris.absolute(spec.mudUrl());
        if (spec.mudUrl() == null || !Uris.isHttpsUrl(url)) {
            error("/mudUrl", "the MUD URL must be an https URL with a host and no fragment");
        } else if (spec.mudUrl().length() > 255) {
            error("/mudUrl", "the MUD URL is longer than 255 characters, the most DHCP and LLDP can carry");
        }
        text("/manufacturer", spec.manufacturer(), true);
        text("/model", spec.model(), true);
        text("/systemInfo", spec.systemInfo(), false);
        text("/firmwareRev", spec.firmwareRev(), false);
        text("/softwareRev", spec.softwareRev(), false);
        httpsUrl("/documentation", spec.documentation());
        httpsUrl("/signatureUrl", spec.signatureUrl());
        if (spec.cacheValidityHours() != null && (spec.cacheValidityHours() < 1 || spec.cacheValidityHours() > 168)) {
            error("/cacheValidityHours", "cache validity must be 1 to 168 hours");
        }
        for (int i = 0; i < spec.rules().size(); i++) {
            rule(JsonPointer.of("rules", i), spec.rules().get(i));
        }
        Set<String> versions = new HashSet<>();
        for (int i = 0; i < spec.sboms().size(); i++) {
            MudSpec.SbomLink s = spec.sboms().get(i);
            String p = JsonPointer.of("sboms", i);
            if (s == null) {
                error(p, "an SBOM entry is empty");
                continue;
            }
            text(p + "/version", s.version(), true);
            if (s.version() != null && !versions.add(s.version())) {
                error(p + "/version", "two SBOMs for version \"" + s.version() + "\"");
            }
            if (s.url() == null || Uris.absolute(s.url()) == null || !SBOM_URL.matcher(s.url()).matches()) {
                error(p + "/url", "an SBOM URL must be an absolute https, http, coap or coaps URL");
            }
        }
        Set<String> vulns = new HashSet<>();
        for (int i = 0; i < spec.vulnerabilityUrls().size(); i++) {
            String v = spec.vulnerabilityUrls().get(i);
            String p = JsonPointer.of("vulnerabilityUrls", i);
            if (v == null || Uris.absolute(v) == null) {
                error(p, "a vulnerability URL must be an absolute URI");
            } else if (!vulns.add(v)) {
                error(p, "the vulnerability URL \"" + v + "\" is listed twice");
            }
        }
    }

    private void rule(String p, MudRule r) {
        if (r == null || r.target() == null || r.protocol() == null) {
            error(p, "a rule needs a target and a protocol");
            return;
        }
        switch (r.target()) {
            case CLOUD, MANUFACTURER -> {
                if (r.value() == null || !DNS_NAME.matcher(r.value()).matches()) {
                    error(p + "/value", (r.target() == MudRule.Target.CLOUD ? "a cloud service" : "a manufacturer")
                            + " is named by a DNS name such as service.example.com");
                }
            }
            case MODEL -> {
                if (!Uris.isHttpsUrl(Uris.absolute(r.value()))) {
                    error(p + "/value", "a model is named by its MUD URL (https)");
                }
            }
            case CONTROLLER -> {
                URI u = Uris.absolute(r.value());
                if (u == null || !(u.getScheme().equalsIgnoreCase("urn") || Uris.isHttpsUrl(u))) {
                    error(p + "/value", "a controller class is a URN such as urn:ietf:params:mud:ntp or an https URI");
                }
            }
            default -> {
                if (r.value() != null) {
                    error(p + "/value", "target " + r.target() + " takes no value");
                }
            }
        }
        if (r.port() != null) {
            if (r.protocol() != MudRule.Protocol.TCP && r.protocol() != MudRule.Protocol.UDP) {
                error(p + "/port", "only TCP and UDP rules have a port");
            } else if (r.port() < 1 || r.port() > 65535) {
                error(p + "/port", "a port is 1 to 65535");
            }
        }
    }

    private void httpsUrl(String p, String value) {
        if (value != null && !Uris.isHttpsUrl(Uris.absolute(value))) {
            error(p, "must be an https URL");
        }
    }

    private void text(String p, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(p, "is required");
            }
            return;
        }
        if (value.length() > MAX_TEXT) {
            error(p, "is longer than " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            boolean control = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7f;
            boolean lone = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)));
            if (Character.isHighSurrogate(ch) && !lone) {
                i++;
            }
            if (control || lone || (ch >= 0xFDD0 && ch <= 0xFDEF) || ch == 0xFFFE || ch == 0xFFFF) {
                error(p, "holds a control character or an invalid Unicode character at position " + i);
                return;
            }
        }
    }

    private void error(String path, String message) {
        findings.add(Finding.error("MUD-SPEC-INVALID", path, message, ""));
    }
}
