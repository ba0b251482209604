package org.trustbricks.registry.cert;

import java.util.List;
import org.trustbricks.registry.vuln.Impact;
import org.trustbricks.registry.vuln.Vulnerability;

/**
 * A certificate with the facts its public page and API add.
 *
 * @param certificate     the certificate
 * @param recognisedBy    other CBs that recognise it under a recognition agreement
 * @param vulnerabilities vulnerabilities under review recorded against it
 * @param affectedThrough vulnerabilities under review in parts it reuses, with the path of parts
 */
public record CertificatePage(Certificate certificate, List<String> recognisedBy, List<Vulnerability> vulnerabilities,
                              List<Impact> affectedThrough) {

    /** True when a vulnerability against it or one of its parts is under review. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean underReview() {
        return !vulnerabilities.isEmpty() || !affectedThrough.isEmpty();
    }
}
