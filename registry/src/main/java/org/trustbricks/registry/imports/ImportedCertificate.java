package org.trustbricks.registry.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * A record of a public registry mapped onto the registry's fields.
 *
 * @param id                registry id (the source's id, or derived from the record's content)
 * @param sourceKey         stable key of the record in its source
 * @param product           product name
 * @param version           product version
 * @param vendor            developer / holder
 * @param laboratory        evaluating laboratory (ITSEF)
 * @param certificationBody certification body or scheme
 * @param level             level as published
 * @param profiles          protection profiles or SESIP profiles
 * @param methodology       methodology as published
 * @param issued            issue date
 * @param validUntil        end of validity, or null
 * @param status            ACTIVE, EXPIRED, TERMINATED or SUPERSEDED
 * @param stReference       Security Target link
 * @param reportReference   report or certificate link
 * @param raw               the source record, kept as read
 */
public record ImportedCertificate(String id, String sourceKey, String product, String version, String vendor,
                                  String laboratory, String certificationBody, String level, List<String> profiles,
                                  String methodology, LocalDate issued, LocalDate validUntil, String status,
                                  String stReference, String reportReference, String raw) {
}
