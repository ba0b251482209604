package org.trustbricks.mudmanager.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.capture.IpBytes;
import org.trustbricks.mudmanager.net.Prefix;

/** Reads a site file (YAML, format in docs/mud-manager/site-file.md) with path-addressed errors. */
public final class SiteReader {

    /** Largest site file accepted. */
    public static final int MAX_BYTES = 4 << 20;
    private static final Set<String> TOP = Set.of("name", "local-networks", "dns-servers", "ntp-servers",
            "controllers", "my-controllers", "devices", "minimum-refresh-seconds");

    private SiteReader() {
    }

    /** Parses a site file. */
    public static Site read(byte[] yaml) throws MalformedInputException {
        if (yaml.length > MAX_BYTES) {
            throw new MalformedInputException("The site file is larger than " + MAX_BYTES + " bytes", "/", null);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException | RuntimeException e) {
            throw new MalformedInputException("The site file is not valid YAML: " + firstLine(e.getMessage()), "/", null);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedInputException("The site file must be a YAML mapping", "/", null);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP.contains(k)) {
                throw new MalformedInputException("Unknown key '" + k + "' (known: " + String.join(", ", TOP.stream()
                        .sorted().toList()) + ")", "/" + k, null);
            }
        }
        List<SiteDevice> devices = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode devs = root.path("devices");
        if (!devs.isMissingNode() && !devs.isNull() && !devs.isArray()) {
            throw new MalformedInputException("'devices' must be a list", "/devices", null);
        }
        for (int i = 0; i < devs.size(); i++) {
            JsonNode d = devs.get(i);
            String path = "/devices/" + i;
            if (!d.isObject()) {
                throw new MalformedInputException("Each device must be a mapping", path, null);
            }
            String name = text(d, "name", path);
            if (!names.add(name)) {
                throw new MalformedInputException("Device name '" + name + "' is used twice", path + "/name", null);
            }
            String mac = d.path("mac").asText(null);
            if (mac != null) {
                long m = IpBytes.parseMac(mac);
                if (m < 0) {
                    throw new MalformedInputException("Not a MAC address: " + mac, path + "/mac", null);
                }
                mac = IpBytes.macText(m);
            }
            devices.add(new SiteDevice(name, mac, prefixes(d.path("addresses"), path + "/addresses"),
                    d.path("mud-url").asText(null)));
        }
        long refresh = root.path("minimum-refresh-seconds").asLong(30);
        if (refresh < 1) {
            throw new MalformedInputException("minimum-refresh-seconds must be at least 1", "/minimum-refresh-seconds", null);
        }
        return new Site(root.path("name").asText("site"), prefixes(root.path("local-networks"), "/local-networks"),
                prefixes(root.path("dns-servers"), "/dns-servers"), prefixes(root.path("ntp-servers"), "/ntp-servers"),
                mapping(root.path("controllers"), "/controllers"), mapping(root.path("my-controllers"), "/my-controllers"),
                devices, Duration.ofSeconds(refresh));
    }

    private static String text(JsonNode n, String key, String path) throws MalformedInputException {
        if (!n.path(key).isTextual() || n.path(key).asText().isBlank()) {
            throw new MalformedInputException("'" + key + "' is required", path + "/" + key, null);
        }
        return n.path(key).asText();
    }

    private static Map<String, List<Prefix>> mapping(JsonNode n, String path) throws MalformedInputException {
        Map<String, List<Prefix>> out = new LinkedHashMap<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new MalformedInputException("Expected a mapping of URI to addresses", path, null);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), prefixes(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1")));
        }
        return out;
    }

    private static List<Prefix> prefixes(JsonNode n, String path) throws MalformedInputException {
        List<Prefix> out = new ArrayList<>();
        if (n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new MalformedInputException("Expected a list of IP addresses or prefixes", path, null);
        }
        for (int i = 0; i < n.size(); i++) {
            try {
                out.add(Prefix.parse(n.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw new MalformedInputException("Not an IP address or prefix: '" + n.get(i).asText()
                        + "' (names are not allowed here)", path + "/" + i, null);
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
