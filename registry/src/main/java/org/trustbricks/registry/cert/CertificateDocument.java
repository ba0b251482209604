package org.trustbricks.registry.cert;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a signed certificate: what the CB's signature covers.
 *
 * @param id                     certificate id
 * @param scheme                 scheme code
 * @param product                product name
 * @param productVersion         version or identification
 * @param vendor                 developer
 * @param laboratory             evaluating laboratory
 * @param certificationBody      issuing CB
 * @param level                  level or mixed-level claim
 * @param profiles               profiles claimed
 * @param sfrs                   certified SFRs
 * @param methodology            methodology edition
 * @param issued                 issue date
 * @param validUntil             last day of validity
 * @param securityTarget         Security Target reference
 * @param evaluationReport       evaluation report reference
 * @param certifiedConfiguration configuration covered
 * @param assumptions            what users must keep true
 * @param parts                  certificates of reused parts
 */
public record CertificateDocument(String id, String scheme, String product, String productVersion, String vendor,
                                  String laboratory, String certificationBody, String level, List<String> profiles,
                                  List<String> sfrs, String methodology, LocalDate issued, LocalDate validUntil,
                                  String securityTarget, String evaluationReport, String certifiedConfiguration,
                                  String assumptions, List<String> parts) {
}
