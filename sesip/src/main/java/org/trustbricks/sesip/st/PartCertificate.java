package org.trustbricks.sesip.st;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The certificate of a part as the composite relies on it.
 *
 * @param id                      certificate id, for example {@code SESIP-2400133-01}
 * @param scheme                  scheme (TrustCB SESIP, PSA Certified, EUCC...)
 * @param certificationBody       certification body
 * @param lab                     evaluation lab
 * @param level                   level label as written on the certificate (SESIP3, SESIP2+, ITP2...)
 * @param labelScheme             labelling scheme of {@code level}, when not the default
 * @param certifiedVersion        product version the certificate covers
 * @param certifiedIdentification product identification the certificate covers
 * @param certifiedConfiguration  configuration the part was certified in (setting → value)
 * @param status                  active, expired, terminated, suspended, superseded or under-vulnerability-review
 * @param issued                  issue date (ISO date)
 * @param validUntil              end of validity (ISO date)
 * @param sfrs                    SFRs (ids or titles) the certificate covers
 * @param environmentObjectives   objectives the part puts on its environment
 * @param profile                 SESIP profile the part was certified against
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartCertificate(String id, String scheme, String certificationBody, String lab, String level,
                              String labelScheme, String certifiedVersion, String certifiedIdentification,
                              Map<String, String> certifiedConfiguration, String status, String issued,
                              String validUntil, List<String> sfrs, List<CertifiedObjective> environmentObjectives,
                              String profile) {

    public PartCertificate {
        certifiedConfiguration = certifiedConfiguration == null ? Map.of() : Map.copyOf(certifiedConfiguration);
        sfrs = sfrs == null ? List.of() : List.copyOf(sfrs);
        environmentObjectives = environmentObjectives == null ? List.of() : List.copyOf(environmentObjectives);
    }
}
