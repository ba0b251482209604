package org.trustbricks.onboarding;

import java.util.List;

/** The site policy's rules on the platform certificate. */
final class CertificateRules {

    private CertificateRules() {
    }

    static void apply(CertificateFacts c, SitePolicy p, List<Reason> reasons) {
        String id = c.certificateId().isEmpty() ? "the platform's certificate" : "certificate " + c.certificateId();
        switch (c.status()) {
            case UNKNOWN -> reasons.add(new Reason("NO_CERTIFICATE", p.onNoCertificate(),
                    "no registry certificate is linked to the device's platform"));
            case TERMINATED -> reasons.add(new Reason("CERTIFICATE_TERMINATED", p.onTerminated(), id + " has been terminated"));
            case EXPIRED -> reasons.add(new Reason("CERTIFICATE_EXPIRED", p.onExpired(), id + " has expired"));
            case UNDER_VULNERABILITY_REVIEW -> reasons.add(new Reason("CERTIFICATE_UNDER_VULNERABILITY_REVIEW",
                    p.onVulnerabilityReview(), id + " is under vulnerability review"));
            case ACTIVE -> reasons.add(new Reason("CERTIFICATE_ACTIVE", Decision.ADMITTED, id + " is active"));
        }
        if (c.status() == CertificateFacts.Status.UNKNOWN) {
            return;
        }
        if (c.level() < p.minimumLevel()) {
            reasons.add(new Reason("LEVEL_BELOW_REQUIRED", p.belowRequirements(), id + " is at SESIP"
                    + (c.level() == 0 ? "?" : c.level()) + ", the site requires SESIP" + p.minimumLevel() + " or higher"));
        }
        if (!p.acceptedProfiles().isEmpty() && c.profiles().stream().noneMatch(p.acceptedProfiles()::contains)) {
            reasons.add(new Reason("PROFILE_NOT_ACCEPTED", p.belowRequirements(), id + " claims none of the profiles "
                    + p.acceptedProfiles().stream().sorted().toList() + " the site requires"));
        }
    }
}
