package org.trustbricks.web.manager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mudmanager.RenderFormat;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Flow;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.site.DnsResolver;
import org.trustbricks.mudmanager.site.StaticResolver;
import org.trustbricks.web.Json;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/**
 * Turns untrusted request input into the facade's arguments: bounded JSON bodies, MUD files, the site, the DNS table
 * and flows. Every problem becomes a 400 (shape) or 413 (size) naming the offending path.
 */
final class ManagerInputs {

    /** Largest JSON body of compile and check-flow: several MUD files and a site file. */
    static final int MAX_BODY = 4 << 20;
    /** Most MUD files in one request. */
    static final int MAX_FILES = 200;
    /** Most names in the DNS table. */
    static final int MAX_HOSTS = 1000;
    /** Source port assumed for TCP and UDP flows that name none: the first of the dynamic range (RFC 6335). */
    static final int EPHEMERAL_PORT = 49152;
    /** TTL given to answers of the request's DNS table. */
    static final long HOST_TTL = 300;

    private static final UntrustedJson READER = UntrustedJson.withLimits(MAX_BODY, 64);
    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ManagerInputs() {
    }

    /** The body as a value of {@code type}: 413 when too large, 400 naming the path when malformed. */
    static <T> T json(Context ctx, Class<T> type) {
        if (ctx.contentLength() > MAX_BODY) {
            throw ApiException.tooLarge(MAX_BODY);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) {
            throw ApiException.tooLarge(MAX_BODY);
        }
        JsonNode node;
        try {
            node = READER.read(body);
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the body is not a JSON document: " + e.getMessage(),
                    ErrorHandling.field(e.path() == null ? "" : e.path(), e.getMessage()));
        }
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            e.getPath().forEach(r -> path.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex()));
            throw ApiException.badRequest("the body does not have the expected shape at " + (path.isEmpty() ? "/" : path),
                    ErrorHandling.field(path.toString(), e.getOriginalMessage().lines().findFirst().orElse("unexpected value")));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("the body does not have the expected shape");
        }
    }

    /** The MUD files as bytes for the facade: at least one, at most {@link #MAX_FILES}, each a JSON object. */
    static List<byte[]> mudFiles(List<JsonNode> files) {
        if (files == null || files.isEmpty()) {
            throw ApiException.badRequest("give at least one MUD file", ErrorHandling.field("/mudFiles", "required"));
        }
        if (files.size() > MAX_FILES) {
            throw ApiException.badRequest("at most " + MAX_FILES + " MUD files per request",
                    ErrorHandling.field("/mudFiles", "too many files"));
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            if (f == null || !f.isObject()) {
                throw ApiException.badRequest("each MUD file is a JSON object",
                        ErrorHandling.field("/mudFiles/" + i, "not a JSON object"));
            }
            out.add(f.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The site file's bytes (YAML text), required. */
    static byte[] site(String site) {
        if (site == null || site.isBlank()) {
            throw ApiException.badRequest("give the site file (YAML text)", ErrorHandling.field("/site", "required"));
        }
        return site.getBytes(StandardCharsets.UTF_8);
    }

    /** The output format, nft unless named. */
    static RenderFormat format(String format) {
        if (format == null) {
            return RenderFormat.NFT;
        }
        try {
            return RenderFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format must be nft, iptables or json",
                    ErrorHandling.field("/format", "unknown format \"" + format + "\""));
        }
    }

    /**
     * DNS answers for the request: only the names it lists (the server never resolves names taken from untrusted MUD
     * files; a name without an answer allows nothing and is reported).
     */
    static DnsResolver resolver(Map<String, List<String>> hosts) {
        Map<String, List<Prefix>> table = new HashMap<>();
        if (hosts != null) {
            if (hosts.size() > MAX_HOSTS) {
                throw ApiException.badRequest("at most " + MAX_HOSTS + " names in hosts", ErrorHandling.field("/hosts", "too many"));
            }
            for (var e : hosts.entrySet()) {
                List<Prefix> addresses = new ArrayList<>();
                List<String> values = e.getValue() == null ? List.of() : e.getValue();
                for (int i = 0; i < values.size(); i++) {
                    addresses.add(address("/hosts/" + pointerEscape(e.getKey()) + "/" + i, values.get(i)));
                }
                table.put(e.getKey().toLowerCase(Locale.ROOT), addresses);
            }
        }
        return StaticResolver.of(table, HOST_TTL);
    }

    /** The flow to decide; every field error names its path under {@code /flow}. */
    static Flow flow(ManagerRequests.FlowQuestion q) {
        if (q == null) {
            throw ApiException.badRequest("describe the flow", ErrorHandling.field("/flow", "required"));
        }
        if (q.device() == null || q.device().isBlank() || q.device().length() > 200) {
            throw ApiException.badRequest("name the device (site name, MAC or IP address)", ErrorHandling.field("/flow/device", "required"));
        }
        if (q.peer() == null || q.peer().isBlank() || q.peer().length() > 253) {
            throw ApiException.badRequest("name the peer (IP address or DNS name)", ErrorHandling.field("/flow/peer", "required"));
        }
        Direction direction = switch (q.direction() == null ? "from-device" : q.direction().toLowerCase(Locale.ROOT)) {
            case "from-device" -> Direction.FROM_DEVICE;
            case "to-device" -> Direction.TO_DEVICE;
            default -> throw bad("/flow/direction", "from-device or to-device");
        };
        int protocol = protocol(q.protocol());
        Initiator initiator = switch (q.initiatedBy() == null ? "unknown" : q.initiatedBy().toLowerCase(Locale.ROOT)) {
            case "device" -> Initiator.DEVICE;
            case "peer" -> Initiator.PEER;
            case "unknown" -> Initiator.UNKNOWN;
            default -> throw bad("/flow/initiatedBy", "device, peer or unknown");
        };
        int src = q.srcPort() == null && (protocol == 6 || protocol == 17) ? EPHEMERAL_PORT : port("/flow/srcPort", q.srcPort());
        int dst = port("/flow/dstPort", q.dstPort());
        String peer = q.peer().strip();
        InetAddress literal = literal(peer);
        if (literal == null && !peer.matches("(?i)[a-z0-9_]([a-z0-9_.-]*[a-z0-9_.])?")) {
            throw bad("/flow/peer", "an IP address or a DNS name");
        }
        return new Flow(q.device().strip(), direction, literal, literal == null ? peer : null, protocol, src, dst, initiator);
    }

    private static int protocol(String text) {
        String p = text == null ? "tcp" : text.toLowerCase(Locale.ROOT).strip();
        return switch (p) {
            case "tcp" -> 6;
            case "udp" -> 17;
            case "icmp" -> 1;
            case "icmpv6" -> 58;
            default -> {
                try {
                    int n = Integer.parseInt(p);
                    if (n < 0 || n > 255) {
                        throw bad("/flow/protocol", "tcp, udp, icmp, icmpv6 or a number 0-255");
                    }
                    yield n;
                } catch (NumberFormatException e) {
                    throw bad("/flow/protocol", "tcp, udp, icmp, icmpv6 or a number 0-255");
                }
            }
        };
    }

    private static int port(String path, Integer port) {
        if (port == null) {
            return -1;
        }
        if (port < 0 || port > 65535) {
            throw bad(path, "a port 0-65535 (ICMP: type or code)");
        }
        return port;
    }

    private static Prefix address(String path, String text) {
        try {
            Prefix p = Prefix.parse(text);
            if (!p.isHost()) {
                throw bad(path, "a single IP address");
            }
            return p;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(path, "an IP address");
        }
    }

    /** The address when the text is an IP literal, else null. */
    static InetAddress literal(String text) {
        Prefix p;
        try {
            p = Prefix.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!p.isHost()) {
            return null;
        }
        byte[] b;
        if (p.version() == 4) {
            long v = p.lo();
            b = new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        } else {
            b = new byte[16];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (p.hi() >>> (56 - 8 * i));
                b[8 + i] = (byte) (p.lo() >>> (56 - 8 * i));
            }
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static ApiException bad(String path, String expected) {
        return ApiException.badRequest(path + " must be " + expected, ErrorHandling.field(path, "expected " + expected));
    }
}
