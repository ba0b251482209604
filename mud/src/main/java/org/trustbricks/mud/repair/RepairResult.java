package org.trustbricks.mud.repair;

import java.util.List;
import org.trustbricks.mud.MudReport;

/**
 * The outcome of repairing a legacy (pre-RFC 8520) MUD file.
 *
 * @param repaired  true when nothing was refused and the result validates strictly
 * @param json      the repaired document (UTF-8 JSON text); empty when the input was not JSON
 * @param changes   every mechanical change made, in document order
 * @param refusals  constructs that cannot be repaired mechanically, with the reason
 * @param report    strict validation of the repaired document
 */
public record RepairResult(boolean repaired, String json, List<RepairChange> changes, List<RepairChange> refusals,
        MudReport report) {

    public RepairResult {
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
    }
}
