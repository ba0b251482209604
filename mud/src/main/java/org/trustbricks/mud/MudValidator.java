package org.trustbricks.mud;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.Severity;
import org.trustbricks.mud.internal.Codes;
import org.trustbricks.mud.internal.DocumentFacts;
import org.trustbricks.mud.internal.ExponentNumbers;
import org.trustbricks.mud.internal.MudSchema;
import org.trustbricks.mud.internal.RfcRules;
import org.trustbricks.mud.internal.SchemaChecks;
import org.trustbricks.mud.internal.StrictJson;
import org.trustbricks.mud.internal.fast.ValidationTree;
import org.trustbricks.mud.repair.LegacyRepair;
import org.trustbricks.mud.internal.MudJson;

/** Validates MUD files against the YANG modules and the RFC 8520 rules. Thread-safe; the compiled schema is shared. */
public final class MudValidator {

    /** Largest MUD file accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    /** Deepest JSON nesting accepted (a MUD file needs about 12). */
    public static final int MAX_DEPTH = 64;

    /** Longest JSON array accepted (ACLs, ACEs, policy entries); real MUD files hold a few dozen at most. */
    public static final int MAX_ARRAY = 1024;

    private static final StrictJson READER = StrictJson.withLimits(MAX_BYTES, MAX_DEPTH);

    private final ValidationTree tree;
    private final boolean reference;

    private MudValidator(ValidationTree tree, boolean reference) {
        this.tree = tree;
        this.reference = reference;
    }

    /**
     * A validator over the packaged validation tree (compiled from the YANG modules at build time); the yangtools
     * schema is compiled only if a file needs the reference check.
     */
    public static MudValidator create() {
        return new MudValidator(ValidationTree.shared(), false);
    }

    /**
     * Reads the packaged schema tree now, on the calling thread (a command can do so while it parses its arguments). A
     * failure is left for {@link #create()} to report.
     */
    public static void preload() {
        try {
            ValidationTree.shared();
        } catch (RuntimeException e) {
            // create() reads the tree again and reports why it cannot
        }
    }

    /**
     * A validator that always runs the yangtools JSON parser and data tree (several times slower); it gives the same
     * reports as {@link #create()} and is the reference the fast schema walk is tested against.
     */
    public static MudValidator withReferenceParser() {
        return new MudValidator(ValidationTree.shared(), true);
    }

    /** Validates a file in the given mode. */
    public MudReport validate(byte[] json, Mode mode) {
        return validate(json, mode, null);
    }

    /** Validates a file; {@code expectedUrl}, when not null, is the URL it was fetched from or will be published at. */
    public MudReport validate(byte[] json, Mode mode, String expectedUrl) {
        JsonNode root;
        DocumentFacts facts;
        try {
            StrictJson.Read read = READER.readWithFacts(json, MAX_ARRAY);
            root = read.root();
            facts = read.facts() != null ? read.facts() : DocumentFacts.of(root, MAX_ARRAY);
        } catch (MalformedInputException e) {
            return new MudReport(false, false, mode, List.of(Finding.error(Codes.MALFORMED, e.path(), e.getMessage(),
                    "send a UTF-8 JSON document of at most " + MAX_BYTES + " bytes")));
        }
        String hugeArray = facts.hugeArray();
        if (hugeArray != null) {
            return new MudReport(false, false, mode, List.of(Finding.error(Codes.TOO_LARGE, hugeArray, "an array of more than "
                    + MAX_ARRAY + " elements; the file is refused without further checks", "split the policy into fewer, broader entries")));
        }
        byte[] bytes = facts.hasFloat() ? ExponentNumbers.normalize(json) : json;
        if (bytes != json) {
            try {
                root = READER.read(bytes);
            } catch (MalformedInputException e) {
                return new MudReport(false, false, mode, List.of(Finding.error(Codes.MALFORMED, e.path(), e.getMessage(), "")));
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (mode == Mode.LENIENT) {
            LegacyRepair.Outcome repair = LegacyRepair.repair(root);
            for (var change : repair.changes()) {
                findings.add(Finding.warning(Codes.LEGACY_REPAIRED, change.path(), change.description(), ""));
            }
            for (var refusal : repair.refusals()) {
                findings.add(Finding.error(Codes.LEGACY_UNREPAIRABLE, refusal.path(), refusal.description(), ""));
            }
            if (!repair.changes().isEmpty()) {
                root = repair.document();
                bytes = MudJson.bytes(root);
            }
        }
        List<Finding> schemaFindings = schemaFindings(root, bytes);
        if (ExponentNumbers.hasSurrogateEscape(bytes)) {
            schemaFindings.add(Finding.error(Codes.SCHEMA_ENCODING, "", "a string holds a UTF-16 surrogate escape (\\uD800-\\uDFFF), "
                    + "which YANG tools such as libyang reject", "write the character itself in UTF-8"));
        }
        findings.addAll(schemaFindings);
        boolean schemaValid = schemaFindings.stream().noneMatch(Finding::isError);
        List<Finding> rules = bytes == json ? RfcRules.check(tree, root, expectedUrl, facts.modules())
                : RfcRules.check(tree, root, expectedUrl);
        for (Finding f : rules) {
            findings.add(mode == Mode.LENIENT && f.isError()
                    ? new Finding(f.code(), Severity.WARNING, f.path(), f.message(), f.hint()) : f);
        }
        findings.sort(Comparator.comparing(Finding::severity));
        boolean valid = findings.stream().noneMatch(Finding::isError);
        return new MudReport(valid, schemaValid && findings.stream().noneMatch(f -> f.code().equals(Codes.LEGACY_UNREPAIRABLE)), mode, findings);
    }

    private List<Finding> schemaFindings(JsonNode root, byte[] bytes) {
        return reference ? SchemaChecks.reference(MudSchema.shared(), root, bytes) : SchemaChecks.fast(tree, root, bytes);
    }
}
