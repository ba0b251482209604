package org.trustbricks.registry.onboarding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.CertificateFacts;

/**
 * The onboarding view of registry certificates: status on a given date (a vulnerability under review on the
 * certificate or reaching it through composition counts as under review), level and profiles.
 */
public final class PlatformCertificates {

    private final Jdbi jdbi;

    private PlatformCertificates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Certificates read through the given Jdbi. */
    public static PlatformCertificates using(Jdbi jdbi) {
        return new PlatformCertificates(jdbi);
    }

    /** Facts for each id; ids not in the registry map to {@link CertificateFacts#unknown()} with the id kept. */
    public Map<String, CertificateFacts> facts(Collection<String> ids, LocalDate today) {
        Map<String, CertificateFacts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("""
                select c.id, c.status, c.valid_until, c.level, c.profiles,
                  exists (select 1 from vulnerability v where v.certificate_id = c.id and v.status = 'UNDER_REVIEW')
                  or exists (select 1 from vulnerability_impact i join vulnerability v on v.id = i.vulnerability_id
                             where i.certificate_id = c.id and v.status = 'UNDER_REVIEW') as under_review
                from certificate c where c.id = any(:ids)""")
                .bind("ids", ids.toArray(String[]::new))
                .map((rs, ctx) -> {
                    LocalDate until = rs.getObject("valid_until", LocalDate.class);
                    String registryStatus = rs.getString("status");
                    CertificateFacts.Status status;
                    if ("TERMINATED".equals(registryStatus)) {
                        status = CertificateFacts.Status.TERMINATED;
                    } else if ("EXPIRED".equals(registryStatus) || (until != null && until.isBefore(today))) {
                        status = CertificateFacts.Status.EXPIRED;
                    } else if (rs.getBoolean("under_review")) {
                        status = CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW;
                    } else {
                        status = CertificateFacts.Status.ACTIVE;
                    }
                    String[] profiles = (String[]) rs.getArray("profiles").getArray();
                    return new CertificateFacts(rs.getString("id"), status, level(rs.getString("level")), Set.of(profiles));
                })
                .forEach(f -> out.put(f.certificateId(), f)));
        for (String id : ids) {
            out.putIfAbsent(id, new CertificateFacts(id, CertificateFacts.Status.UNKNOWN, 0, Set.of()));
        }
        return out;
    }

    /** The certificates whose status a vulnerability on this certificate affects: itself and every composite above it. */
    public Set<String> affectedBy(long vulnerabilityId) {
        return jdbi.withHandle(h -> Set.copyOf(h.createQuery("""
                select certificate_id from vulnerability where id = :v
                union select certificate_id from vulnerability_impact where vulnerability_id = :v""")
                .bind("v", vulnerabilityId).mapTo(String.class).list()));
    }

    /** "SESIP3", "SESIP3 with SESIP2 parts", "3" → 3; unknown → 0 (the lowest level named counts). */
    static int level(String text) {
        if (text == null) {
            return 0;
        }
        var m = java.util.regex.Pattern.compile("([1-5])").matcher(text);
        int lowest = 0;
        while (m.find()) {
            int l = Integer.parseInt(m.group(1));
            lowest = lowest == 0 ? l : Math.min(lowest, l);
        }
        return lowest;
    }
}
