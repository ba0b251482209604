package org.trustbricks.registry.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param format     the format read
 * @param records    records found in the file
 * @param created    certificates added
 * @param updated    certificates whose source record changed
 * @param unchanged  certificates already imported with the same record
 * @param problems   records that could not be read, with the reason
 */
public record ImportReport(String format, int records, int created, int updated, int unchanged, List<Problem> problems) {

    /**
     * A record that was not imported.
     *
     * @param record line number (CSV) or index (JSON, from 0) of the record
     * @param message why
     */
    public record Problem(String record, String message) {
    }
}
