package org.trustbricks.registry.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.SitePolicy;

/**
 * Notices when a platform certificate that devices are built on changes (a vulnerability recorded against it or
 * against one of its parts, termination, expiry, a resolved vulnerability) and re-evaluates those devices. Safe with
 * several instances: each pass holds a PostgreSQL advisory lock, and the last known state is in the database.
 */
public final class LifecycleWatcher {

    private static final long LOCK = 0x7472757374L;

    private final Jdbi jdbi;
    private final Clock clock;

    private LifecycleWatcher(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A watcher over the given database. */
    public static LifecycleWatcher using(Jdbi jdbi, Clock clock) {
        return new LifecycleWatcher(jdbi, clock);
    }

    /** One pass; returns how many devices changed (0 when another instance holds the lock). */
    public int tick() {
        return jdbi.inTransaction(h -> {
            if (!h.createQuery("select pg_try_advisory_xact_lock(:k)").bind("k", LOCK).mapTo(Boolean.class).one()) {
                return 0;
            }
            List<String> ids = h.createQuery("select distinct certificate_id from device where certificate_id is not null")
                    .mapTo(String.class).list();
            Map<String, CertificateFacts> now = PlatformCertificates.using(jdbi).facts(ids, LocalDate.now(clock));
            Map<String, String> before = new HashMap<>();
            h.createQuery("select certificate_id, status || ':' || level as s from onboarding_certificate_state")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> before.put(e.getKey(), e.getValue()));
            SitePolicy policy = SitePolicies.using(jdbi).current();
            int changed = 0;
            Map<String, String> openReviews = openReviews(h, ids);
            for (CertificateFacts f : now.values()) {
                // The open reviews are part of the state: one closed and another opened between two passes is a change.
                String state = f.status().name() + "#" + openReviews.getOrDefault(f.certificateId(), "") + ":" + f.level();
                if (state.equals(before.get(f.certificateId()))) {
                    continue;
                }
                String was = before.get(f.certificateId());
                changed += Reevaluation.certificatesChanged(jdbi, Map.of(f.certificateId(), f), policy,
                        trigger(h, f, was == null ? null : was.substring(0, was.indexOf('#') > 0 ? was.indexOf('#') : was.indexOf(':')))).changed();
                h.createUpdate("""
                        insert into onboarding_certificate_state (certificate_id, status, level) values (:id, :s, :l)
                        on conflict (certificate_id) do update set status = excluded.status, level = excluded.level,
                            checked_at = now()""")
                        .bind("id", f.certificateId()).bind("s", state.substring(0, state.lastIndexOf(':')))
                        .bind("l", f.level()).execute();
            }
            return changed;
        });
    }

    /** For each certificate, the ids of the open vulnerability reviews reaching it, as sorted text. */
    private static Map<String, String> openReviews(org.jdbi.v3.core.Handle h, List<String> ids) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("""
                select c.id, string_agg(distinct v.id::text, ',' order by v.id::text) as reviews
                from unnest(:ids) as c(id)
                join vulnerability v on v.status = 'UNDER_REVIEW'
                  and (v.certificate_id = c.id or exists (select 1 from vulnerability_impact i
                       where i.vulnerability_id = v.id and i.certificate_id = c.id))
                group by c.id""").bind("ids", ids.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Re-decides every device under the current policy (after the administrator changed it). */
    public int policyChanged(String by) {
        List<String> ids = jdbi.withHandle(h -> h.createQuery("select distinct certificate_id from device where certificate_id is not null")
                .mapTo(String.class).list());
        var facts = PlatformCertificates.using(jdbi).facts(ids, LocalDate.now(clock));
        return Reevaluation.certificatesChanged(jdbi, facts, SitePolicies.using(jdbi).current(), "site policy changed by " + by).changed();
    }

    private static String trigger(org.jdbi.v3.core.Handle h, CertificateFacts f, String was) {
        String base = "certificate " + f.certificateId() + " is now " + f.status().name().toLowerCase().replace('_', ' ')
                + (was == null ? "" : " (was " + was.toLowerCase().replace('_', ' ') + ")");
        if (f.status() != CertificateFacts.Status.UNDER_VULNERABILITY_REVIEW) {
            return base;
        }
        return h.createQuery("""
                select coalesce(v.cve, 'a vulnerability') || ' recorded against ' || v.certificate_id
                from vulnerability v left join vulnerability_impact i on i.vulnerability_id = v.id and i.certificate_id = :id
                where v.status = 'UNDER_REVIEW' and (v.certificate_id = :id or i.certificate_id is not null)
                order by v.recorded_at desc limit 1""").bind("id", f.certificateId()).mapTo(String.class).findOne()
                .map(v -> base + ": " + v).orElse(base);
    }
}
