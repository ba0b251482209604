package org.trustbricks.registry.vuln;

import java.util.List;

/**
 * A certificate reached by a vulnerability through composition.
 *
 * @param vulnerabilityId the vulnerability
 * @param cve             its CVE id, or empty
 * @param severity        its severity
 * @param certificateId   the affected composite certificate
 * @param path            certificate ids from the vulnerable part up to the affected certificate
 */
public record Impact(long vulnerabilityId, String cve, String severity, String certificateId, List<String> path) {
}
