package org.trustbricks.registry.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.SitePolicy;

/**
 * The re-attestation schedule. Each pass degrades the devices whose request went unanswered past its grace period
 * (their evidence is marked overdue and their decision re-taken under the site policy, with history, webhook and
 * event like any lifecycle change), then asks the devices whose evidence is older than the policy's interval to
 * attest again. Safe with several instances: a pass holds a PostgreSQL advisory lock, and its state is the database.
 */
public final class ReattestationScheduler {

    private static final long LOCK = 0x7265617474L;
    /** Most devices one pass degrades or asks, so that a pass stays short; the next pass continues. */
    static final int PER_PASS = 5000;

    private final Jdbi jdbi;
    private final Reattestations requests;
    private final Clock clock;

    private ReattestationScheduler(Jdbi jdbi, Reattestations requests, Clock clock) {
        this.jdbi = jdbi;
        this.requests = requests;
        this.clock = clock;
    }

    /** A scheduler issuing requests through {@code requests}. */
    public static ReattestationScheduler using(Jdbi jdbi, Reattestations requests, Clock clock) {
        return new ReattestationScheduler(jdbi, requests, clock);
    }

    /**
     * What one pass did.
     *
     * @param overdue  devices degraded because they did not answer in time
     * @param issued   new requests issued by the schedule
     * @param skipped  true when another instance held the lock
     */
    public record Pass(int overdue, int issued, boolean skipped) {
    }

    /** One pass. */
    public Pass tick() {
        return jdbi.inTransaction(h -> {
            if (!h.createQuery("select pg_try_advisory_xact_lock(:k)").bind("k", LOCK).mapTo(Boolean.class).one()) {
                return new Pass(0, 0, true);
            }
            SitePolicy policy = SitePolicies.using(jdbi).current();
            int overdue = expire(h, policy);
            int issued = 0;
            if (policy.reattestIntervalMinutes() > 0) {
                Instant now = clock.instant();
                List<Long> due = h.createQuery("""
                        select d.id from device d
                        where coalesce(d.last_attested_at, d.created_at) <= :before
                          and not exists (select 1 from reattestation_request r where r.device_id = d.id
                                          and (r.issued_at > :before or (r.answered_at is null and r.overdue_at is null)))
                        order by coalesce(d.last_attested_at, d.created_at) limit :n""")
                        .bind("before", Reattestations.utc(now.minusSeconds(60L * policy.reattestIntervalMinutes())))
                        .bind("n", PER_PASS).mapTo(Long.class).list();
                issued = requests.issue(due, "schedule", "re-attestation is due: the evidence is older than "
                        + policy.reattestIntervalMinutes() + " minutes (site policy)");
            }
            return new Pass(overdue, issued, false);
        });
    }

    private record Expired(long request, long device, Instant issuedAt, String requestedBy, boolean attestedSince) {
    }

    private int expire(Handle h, SitePolicy policy) {
        Instant now = clock.instant();
        List<Expired> expired = h.createQuery("""
                select r.id, r.device_id, r.issued_at, r.requested_by,
                       coalesce(d.last_attested_at >= r.issued_at, false) as attested
                from reattestation_request r join device d on d.id = r.device_id
                where r.answered_at is null and r.overdue_at is null and r.due_by <= :now
                order by r.due_by limit :n for update of r skip locked""")
                .bind("now", Reattestations.utc(now)).bind("n", PER_PASS)
                .map((rs, ctx) -> new Expired(rs.getLong(1), rs.getLong(2), Reattestations.instant(rs, "issued_at"),
                        rs.getString(4), rs.getBoolean(5))).list();
        int degraded = 0;
        for (Expired e : expired) {
            if (e.attestedSince()) {
                // The device attested through the onboarding route meanwhile: that answers the request.
                h.createUpdate("""
                        update reattestation_request set answered_at = :now,
                            outcome = (select decision from device where id = :d) where id = :id""")
                        .bind("now", Reattestations.utc(now)).bind("d", e.device()).bind("id", e.request()).execute();
                continue;
            }
            h.createUpdate("update reattestation_request set overdue_at = :now where id = :id")
                    .bind("now", Reattestations.utc(now)).bind("id", e.request()).execute();
            degrade(h, e, policy, now);
            degraded++;
        }
        return degraded;
    }

    private static void degrade(Handle h, Expired e, SitePolicy policy, Instant now) {
        var row = h.createQuery("""
                select v.value::text as facts, d.decision from device d join onboarding_value v on v.hash = d.facts_hash
                where d.id = :id""")
                .bind("id", e.device()).mapToMap().one();
        OnboardingFacts before = Devices.facts((String) row.get("facts"));
        OnboardingFacts after = new OnboardingFacts(before.attestation().withOverdue(true), before.certificate(),
                before.mud(), before.identityConflict());
        OnboardingDecision d = OnboardingEngine.decide(after, policy);
        String trigger = "no answer within the grace period of " + policy.reattestGraceMinutes() + " minutes to the "
                + "re-attestation request of " + e.issuedAt() + " (requested by " + e.requestedBy() + ")";
        String reasons = Devices.json(d.reasons());
        String facts = Devices.json(after);
        h.createUpdate("""
                insert into onboarding_value (hash, value)
                values (decode(:factsKey, 'hex'), cast(:facts as jsonb)), (decode(:reasonsKey, 'hex'), cast(:reasons as jsonb))
                on conflict do nothing""")
                .bind("factsKey", ContentKeys.of(facts)).bind("facts", facts)
                .bind("reasonsKey", ContentKeys.of(reasons)).bind("reasons", reasons).execute();
        long event = h.createQuery("""
                with changed as (
                    update device d set decision = :decision, network_policy = :policy,
                        reasons_hash = decode(:reasonsKey, 'hex'), facts_hash = decode(:factsKey, 'hex'), updated_at = :now
                    where d.id = :id returning d.id, d.name, d.instance_id),
                events as (
                    insert into device_event (device_id, at, kind, trigger, decision, previous, reasons_hash)
                    select id, :now, 'ATTESTATION_OVERDUE', :trigger, :decision, :previous, decode(:reasonsKey, 'hex')
                    from changed returning id),
                hooks as (
                    insert into webhook_delivery (webhook_id, event)
                    select w.id, jsonb_build_object('type', 'device.decision', 'deviceId', c.id, 'name', c.name,
                               'instanceId', c.instance_id, 'decision', :decision, 'previous', :previous,
                               'trigger', :trigger, 'reasons', cast(:reasons as jsonb))
                    from changed c cross join webhook w)
                select id from events""")
                .bind("decision", d.decision().name()).bind("policy", d.network().name())
                .bind("reasons", reasons).bind("reasonsKey", ContentKeys.of(reasons)).bind("factsKey", ContentKeys.of(facts))
                .bind("now", Reattestations.utc(now)).bind("id", e.device()).bind("trigger", trigger)
                .bind("previous", (String) row.get("decision")).mapTo(Long.class).one();
        h.createQuery("select pg_notify(:c, :p)").bind("c", Devices.CHANNEL).bind("p", Long.toString(event))
                .mapTo(String.class).one();
        AuditLog.append(h, "system", "onboarding.attestation.overdue", "device/" + e.device(),
                row.get("decision") + " -> " + d.decision().name() + ": " + trigger);
    }
}
