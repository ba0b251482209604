package org.trustbricks.registry.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.onboarding.CertificateFacts;
import org.trustbricks.onboarding.OnboardingDecision;
import org.trustbricks.onboarding.OnboardingEngine;
import org.trustbricks.onboarding.OnboardingFacts;
import org.trustbricks.onboarding.SitePolicy;

/**
 * Re-decides every device on platforms whose certificate changed. Devices that share the same facts (same
 * platform certificate, evidence outcome and MUD state; device identifiers are not part of the facts) share a
 * decision, so each group is decided once and written with one set-based statement that also appends the history
 * entries and queues the webhook deliveries. Rules switch between the rulesets compiled at onboarding.
 */
public final class Reevaluation {

    /** Changes larger than this are announced as one bulk notification instead of one per device. */
    static final int NOTIFY_EACH_UP_TO = 200;

    private Reevaluation() {
    }

    /**
     * What a re-evaluation did.
     *
     * @param examined devices on the affected certificates
     * @param changed  devices whose decision or reasons changed
     * @param groups   distinct fact groups decided
     */
    public record Outcome(int examined, int changed, int groups) {
    }

    private record Group(String certificateId, String facts, String decision, String reasons, int devices) {
    }

    /** Applies new certificate facts (by certificate id) under the site policy. */
    public static Outcome certificatesChanged(Jdbi jdbi, Map<String, CertificateFacts> updated, SitePolicy policy,
                                              String trigger) {
        if (updated.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        return jdbi.inTransaction(h -> {
            List<Group> groups = h.createQuery("""
                    select certificate_id, facts::text as facts, decision, reasons::text as reasons, count(*) as n
                    from device where certificate_id = any(:ids) group by 1, 2, 3, 4""")
                    .bind("ids", updated.keySet().toArray(String[]::new))
                    .map((rs, ctx) -> new Group(rs.getString("certificate_id"), rs.getString("facts"),
                            rs.getString("decision"), rs.getString("reasons"), rs.getInt("n"))).list();
            int examined = 0;
            int changed = 0;
            List<Long> events = new ArrayList<>();
            for (Group g : groups) {
                examined += g.devices();
                OnboardingFacts before = Devices.facts(g.facts());
                OnboardingFacts after = new OnboardingFacts(before.attestation(), updated.get(g.certificateId()),
                        before.mud(), before.identityConflict());
                OnboardingDecision d = OnboardingEngine.decide(after, policy);
                if (d.decision().name().equals(g.decision()) && Devices.reasons(g.reasons()).equals(d.reasons())) {
                    continue;
                }
                List<Long> ids = apply(h, g, after, d, trigger);
                changed += ids.size();
                if (events.size() <= NOTIFY_EACH_UP_TO) {
                    events.addAll(ids);
                }
            }
            notify(h, events, changed, trigger);
            return new Outcome(examined, changed, groups.size());
        });
    }

    private static List<Long> apply(Handle h, Group g, OnboardingFacts after, OnboardingDecision d, String trigger) {
        return h.createQuery("""
                with changed as (
                    update device d set decision = :decision, network_policy = :policy, reasons = cast(:reasons as jsonb),
                        facts = cast(:after as jsonb), updated_at = now(),
                        rules = case :policy when 'FULL_MUD' then d.mud_rules when 'QUARANTINE' then d.quarantine_rules
                                             else d.deny_rules end
                    where d.certificate_id = :cert and d.facts = cast(:before as jsonb) and d.decision = :previous
                      and d.reasons = cast(:oldReasons as jsonb)
                    returning d.id, d.name, d.instance_id),
                events as (
                    insert into device_event (device_id, kind, trigger, decision, previous, reasons)
                    select id, 'REEVALUATED', :trigger, :decision, :previous, cast(:reasons as jsonb) from changed
                    returning id, device_id),
                hooks as (
                    insert into webhook_delivery (webhook_id, event)
                    select w.id, jsonb_build_object('type', 'device.decision', 'deviceId', c.id, 'name', c.name,
                               'instanceId', c.instance_id, 'decision', :decision, 'previous', :previous,
                               'trigger', :trigger, 'reasons', cast(:reasons as jsonb))
                    from changed c cross join webhook w)
                select id from events""")
                .bind("decision", d.decision().name()).bind("policy", d.network().name())
                .bind("reasons", Devices.json(d.reasons())).bind("after", Devices.json(after))
                .bind("cert", g.certificateId()).bind("before", g.facts()).bind("previous", g.decision())
                .bind("oldReasons", g.reasons()).bind("trigger", trigger)
                .mapTo(Long.class).list();
    }

    private static void notify(Handle h, List<Long> events, int changed, String trigger) {
        if (changed == 0) {
            return;
        }
        if (changed <= NOTIFY_EACH_UP_TO) {
            h.createQuery("select count(pg_notify(:channel, e::text)) from unnest(:events) as e")
                    .bind("channel", Devices.CHANNEL).bind("events", events.toArray(Long[]::new)).mapTo(Long.class).one();
        } else {
            String summary = trigger.length() > 500 ? trigger.substring(0, 500) : trigger;
            h.createQuery("select pg_notify(:channel, :payload)").bind("channel", Devices.CHANNEL)
                    .bind("payload", "bulk:" + changed + ":" + summary).mapTo(String.class).one();
        }
    }
}
