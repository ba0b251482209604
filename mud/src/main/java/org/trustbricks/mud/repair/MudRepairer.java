package org.trustbricks.mud.repair;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.internal.MudJson;

/** Repairs legacy MUD files and checks the result strictly. Thread-safe. */
public final class MudRepairer {

    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    private final MudValidator validator;

    private MudRepairer(MudValidator validator) {
        this.validator = validator;
    }

    /** A repairer validating with the given validator. */
    public static MudRepairer using(MudValidator validator) {
        return new MudRepairer(validator);
    }

    /** Repairs a file; the result lists every change and every refusal, and the strict verdict on the output. */
    public RepairResult repair(byte[] json) {
        JsonNode root;
        try {
            root = READER.read(json);
        } catch (MalformedInputException e) {
            MudReport report = validator.validate(json, Mode.STRICT);
            return new RepairResult(false, "", List.of(), List.of(new RepairChange(e.path(), e.getMessage())), report);
        }
        LegacyRepair.Outcome outcome = LegacyRepair.repair(root);
        byte[] out = outcome.changes().isEmpty() ? json : MudJson.bytes(outcome.document());
        MudReport report = validator.validate(out, Mode.STRICT);
        return new RepairResult(outcome.refusals().isEmpty() && report.valid(), new String(out, StandardCharsets.UTF_8),
                outcome.changes(), outcome.refusals(), report);
    }
}
