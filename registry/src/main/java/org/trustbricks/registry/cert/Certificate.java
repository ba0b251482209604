package org.trustbricks.registry.cert;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate in the registry, issued here or imported from a public registry.
 *
 * @param id                     e.g. {@code SESIP-2600001-01}
 * @param source                 {@code issued}, {@code cc}, {@code eucc} or {@code sesip-index}
 * @param scheme                 scheme code, or empty for imported entries
 * @param product                product name
 * @param productVersion         product version or identification
 * @param vendor                 developer / certificate holder
 * @param laboratory             evaluating laboratory
 * @param certificationBody      issuing certification body
 * @param level                  level or mixed-level claim as certified, e.g. {@code SESIP3}
 * @param profiles               profiles claimed
 * @param sfrs                   security functional requirements certified
 * @param methodology            methodology edition, e.g. {@code EN 17927:2023}
 * @param issued                 issue date
 * @param validUntil             last day of validity, or null when not stated
 * @param status                 current status
 * @param securityTarget         reference to the Security Target
 * @param evaluationReport       reference to the evaluation report
 * @param certifiedConfiguration the configuration the certificate covers
 * @param assumptions            what users must keep true
 * @param parts                  ids of certified parts this composite product reuses
 * @param supersededBy           id of the re-issued certificate, or empty
 */
public record Certificate(String id, String source, String scheme, String product, String productVersion, String vendor,
                          String laboratory, String certificationBody, String level, List<String> profiles,
                          List<String> sfrs, String methodology, LocalDate issued, LocalDate validUntil,
                          CertificateStatus status, String securityTarget, String evaluationReport,
                          String certifiedConfiguration, String assumptions, List<String> parts, String supersededBy) {
}
