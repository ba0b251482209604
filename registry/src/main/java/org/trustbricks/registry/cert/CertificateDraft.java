package org.trustbricks.registry.cert;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to issue a certificate.
 *
 * @param evaluationId           the approved evaluation, or null (demo and migration)
 * @param schemeId               scheme
 * @param schemeCode             its code
 * @param vendorId               developer organisation
 * @param labId                  laboratory organisation
 * @param cbId                   issuing CB organisation
 * @param product                product name
 * @param productVersion         version
 * @param level                  level claim
 * @param profiles               profiles
 * @param sfrs                   SFRs
 * @param methodology            methodology edition
 * @param issued                 issue date
 * @param validUntil             validity end
 * @param securityTarget         ST reference
 * @param evaluationReport       report reference
 * @param certifiedConfiguration configuration
 * @param assumptions            user obligations
 * @param parts                  part certificate ids
 * @param reissueOf              the certificate this one re-issues, or empty
 */
public record CertificateDraft(Long evaluationId, long schemeId, String schemeCode, long vendorId, long labId, long cbId,
                               String product, String productVersion, String level, List<String> profiles,
                               List<String> sfrs, String methodology, LocalDate issued, LocalDate validUntil,
                               String securityTarget, String evaluationReport, String certifiedConfiguration,
                               String assumptions, List<String> parts, String reissueOf) {
}
