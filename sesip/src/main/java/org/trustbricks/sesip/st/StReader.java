package org.trustbricks.sesip.st;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.sesip.internal.BoundedYaml;
import org.trustbricks.sesip.internal.SchemaChecker;

/**
 * Reads a Security Target from untrusted YAML or JSON bytes. Never throws on bad input: what cannot be read
 * becomes findings with JSON-pointer paths, and no partial document is returned.
 */
public final class StReader {

    /** Largest accepted document: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Deepest accepted nesting. */
    public static final int MAX_DEPTH = 32;
    /** Code of a document that is not readable YAML/JSON (syntax, encoding, duplicate keys, aliases, depth). */
    public static final String MALFORMED = "ST-READ-MALFORMED";
    /** Code of a document over the size limit. */
    public static final String TOO_LARGE = "ST-READ-TOO-LARGE";

    private static final String SCHEMA_RESOURCE = "/org/trustbricks/sesip/st/security-target.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JsonNode SCHEMA = loadSchema();
    private static final UntrustedJson JSON = UntrustedJson.withLimits(MAX_BYTES, MAX_DEPTH);
    private static final BoundedYaml YAML = new BoundedYaml(MAX_BYTES, MAX_DEPTH);
    private static final SchemaChecker CHECKER = new SchemaChecker(SCHEMA);

    private StReader() {
    }

    /** The published JSON Schema (draft 2020-12) of the ST format, as text. */
    public static String schemaText() {
        return SCHEMA.toPrettyString();
    }

    /** Reads an ST; the file name (may be null) only decides between JSON and YAML when it ends in .json/.yaml/.yml. */
    public static StReadResult read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            return failed(Finding.error(MALFORMED, "", "the document is empty", "upload a Security Target in YAML or JSON."));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(Finding.error(TOO_LARGE, "", "the document is " + bytes.length + " bytes; the limit is " + MAX_BYTES,
                    "split attachments out of the Security Target; it should be well under 5 MB."));
        }
        boolean json = isJson(bytes, fileName);
        JsonNode tree;
        try {
            tree = json ? JSON.read(bytes) : YAML.read(bytes);
        } catch (MalformedInputException e) {
            return failed(Finding.error(MALFORMED, e.path(), e.getMessage(),
                    json ? "fix the JSON syntax at the place named." : "fix the YAML at the place named."));
        }
        if (!tree.isObject()) {
            return failed(Finding.error(SchemaChecker.TYPE, "", "a Security Target must be a mapping (object) at the top level",
                    "start the document with members such as reference:, platform:, sfrs:."));
        }
        List<Finding> schemaFindings = CHECKER.check(tree, !json);
        if (!schemaFindings.isEmpty()) {
            return new StReadResult(null, schemaFindings);
        }
        try {
            return new StReadResult(MAPPER.treeToValue(tree, SecurityTarget.class), List.of());
        } catch (IOException | RuntimeException e) {
            return failed(Finding.error(MALFORMED, "", "the document could not be turned into a Security Target",
                    "check it against the published schema."));
        }
    }

    private static StReadResult failed(Finding f) {
        return new StReadResult(null, List.of(f));
    }

    private static boolean isJson(byte[] bytes, String fileName) {
        if (fileName != null) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return true;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return false;
            }
        }
        for (byte b : bytes) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{';
        }
        return false;
    }

    private static JsonNode loadSchema() {
        try (InputStream in = StReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
